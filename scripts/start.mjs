#!/usr/bin/env node
// `npm start`: builds the checkout widget and serves the demo store on 127.0.0.1: a
// merchant checkout with the widget reacting live, and a page with the embed code. Node only;
// stops cleanly on Ctrl-C or SIGTERM. PORT=8080 npm start picks the port (default 8321; a free
// one when that is taken).
import { spawnSync } from 'node:child_process';
import { startDemoServer } from './demo-server.mjs';

process.stdout.write('Building the widget (vite.widget.config.ts)...\n');
const build = spawnSync('npx', ['vite', 'build', '-c', 'vite.widget.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  process.stderr.write('The widget build failed; see the messages above.\n');
  process.exit(build.status ?? 1);
}

const wanted = process.env.PORT === undefined ? 8321 : Number(process.env.PORT);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  process.stderr.write(`PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}\n`);
  process.exit(2);
}
let demo;
try {
  demo = await startDemoServer({ port: wanted });
} catch (e) {
  if (e.code !== 'EADDRINUSE' || process.env.PORT !== undefined) {
    process.stderr.write(`Cannot listen on 127.0.0.1:${wanted}: ${e.message}\n`);
    process.exit(1);
  }
  demo = await startDemoServer({ port: 0 }); // 8321 is taken: any free port
}

process.stdout.write(`\nDemo store: ${demo.url}\nEmbed code: ${demo.url}embed.html\n\nPress Ctrl-C to stop.\n`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping the demo server.\n`);
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
