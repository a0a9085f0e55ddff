// One command of the s321 CLI. Each command file exports one of these; cli/s321.ts lists them.
export interface Command {
  name: string;
  summary: string;
  help: string;
  /** receives the arguments after the command name; returns the exit code */
  run(argv: string[]): Promise<number>;
}
