/** Exit codes scripts can rely on; `tracker --help` and the README document the same table. */
export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 2,
  unavailable: 3,
  /** EX_SOFTWARE from sysexits.h: a bug in tracker itself, reported with its stack trace. */
  bug: 70,
} as const;

/** An error that ends the command with a known exit code; `lines` follow the message on stderr, one per line. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly lines: string[] = [],
  ) {
    super(message);
  }
}

/** Bad or missing arguments. `command` names the help to point at. */
export class UsageError extends CliError {
  command?: string;

  constructor(message: string, command?: string) {
    super(EXIT.usage, message);
    this.command = command;
  }
}

/** The service answered 4xx: the request itself is wrong, so retrying it unchanged cannot help. */
export class RefusedError extends CliError {
  constructor(message: string, lines: string[] = []) {
    super(EXIT.refused, message, lines);
  }
}

/** The service could not be reached or failed (5xx): the request may well succeed later. */
export class UnavailableError extends CliError {
  constructor(message: string) {
    super(EXIT.unavailable, message);
  }
}
