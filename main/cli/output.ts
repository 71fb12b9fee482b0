// Where the CLI writes, so commands can be tested without a terminal.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2, locked: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
