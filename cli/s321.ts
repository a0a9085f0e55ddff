// The s321 command line (node only). Each command is one file under cli/commands/.
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { evaluateCommand, evaluateHelp } from './commands/evaluate.ts';
import { rulesCommand } from './commands/rules.ts';
import { extractCommand } from './commands/extract.ts';
import { UsageError } from './io.ts';
import { nearestName } from '../core/index.ts';
import { schemaCommand } from './commands/schema.ts';
import { validateCommand } from './commands/validate.ts';
import { exportCommand } from './commands/export.ts';
import { tariffsCommand } from './commands/tariffs.ts';
import { classifyCommand } from './commands/classify.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { termSafe } from './terminal.ts';

const evaluate: Command = {
  name: 'evaluate',
  summary: 'decide whether shipments enter duty-free under Section 321, and why',
  help: evaluateHelp,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rates: { type: 'string' },
        rules: { type: 'string' },
        tariffs: { type: 'string' },
        schedule: { type: 'string', multiple: true },
        pretty: { type: 'boolean' },
        format: { type: 'string' },
      },
    });
    if (positionals.length > 1) throw new UsageError(`evaluate takes one FILE, got ${positionals.length}`);
    return evaluateCommand({ file: positionals[0], ...values });
  },
};

// The registry: add a command here and it appears in --help.
export const commands: Command[] = [
  evaluate,
  rulesCommand,
  tariffsCommand,
  extractCommand,
  schemaCommand,
  validateCommand,
  exportCommand,
  scheduleCommand,
  classifyCommand,
];

function mainHelp(): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: s321 <command> [options]',
    '',
    'Section 321 (US de minimis) toolkit: date-aware eligibility decisions and advance-data records.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    "Run `s321 <command> --help` for a command's options.",
  ].join('\n');
}

/** parseArgs's message for an unknown flag, with the nearest flag the command's help names
 * (`--rate` -> "did you mean `--rates`?"), as unknown keys and columns get. */
export function flagMessage(e: Error, help: string): string {
  const m = /^Unknown option '(--?[^']+)'/.exec(e.message);
  if (!m) return e.message;
  // the flags of the usage line and of the option lines ("  --rates FILE  ..."), not those the prose mentions
  const usage = help.split('\n\n')[0];
  const optionLines = help
    .split('\n')
    .map((l) => /^\s+(--[a-z][a-z0-9-]*)/.exec(l)?.[1])
    .filter((f) => f !== undefined);
  const known = [...new Set([...(usage.match(/--[a-z][a-z0-9-]*/g) ?? []), ...optionLines])].filter((f) => f !== '--help');
  const near = nearestName(m[1], known);
  return `unknown option \`${m[1]}\`: ${near ? `did you mean \`${near}\`?` : `expected one of ${known.join(', ')}`}`;
}

/** The reader of stdout went away (`s321 ... | head -1`): not an error, the output was not wanted. */
const isBrokenPipe = (e: unknown) => (e as { code?: string } | null)?.code === 'EPIPE';

// A closed pipe on stdout is reported asynchronously as an 'error' event on the stream; without a
// listener Node prints a stack trace. The reader has all it wanted: end quietly, with success
// (as `yes | head -1` does in a shell, bar the signal).
process.stdout.on('error', (e) => {
  if (isBrokenPipe(e)) process.exit(process.exitCode === undefined ? 0 : Number(process.exitCode));
  throw e;
});

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('s321 0.1.0\n');
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`s321: unknown command "${termSafe(name)}"\n\n${mainHelp()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.lines.length) for (const l of e.lines) process.stderr.write(termSafe(l) + '\n');
      else process.stderr.write(termSafe(`s321 ${name}: ${e.message}`) + '\n');
      return e.exitCode;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${termSafe(`s321 ${name}: ${flagMessage(e as Error, cmd.help)}`)}\nRun \`s321 ${name} --help\` for usage.\n`);
      return 2;
    }
    if (isBrokenPipe(e)) return 0;
    // a programming or configuration error: one line, the stack only on request
    process.stderr.write(termSafe(`s321 ${name}: internal error: ${(e as Error).message}`) + '\n');
    if (process.env.S321_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 70;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (isBrokenPipe(e)) return;
    process.stderr.write(termSafe(`s321: internal error: ${(e as Error).message}`) + '\n');
    process.exitCode = 70;
  },
);
