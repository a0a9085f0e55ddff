// Package figures: the size of what `npm install s321` downloads (the npm pack tarball, gzip) and
// of what it unpacks, after a fresh build of every part the package ships (command line,
// library, widget), so an earlier build's leftovers are never measured (prepack's own build is
// skipped: it would print to the JSON's stream and build the same parts again).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function run(): Promise<Record<string, number>> {
  for (const part of ['cli', 'lib', 'widget']) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs', part], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error(`build of ${part} failed`);
  }
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { size: number; unpackedSize: number; entryCount: number }[];
  return { packageBytes: info.size, packageUnpackedBytes: info.unpackedSize, packageFiles: info.entryCount };
}
