/** Exit codes kzt documents in the README; one table so every command and test agrees. */
export const ExitCode = {
  ok: 0,
  notFound: 1,
  usage: 2,
  dataInvalid: 65,
  noInput: 66,
  internal: 70,
  ioError: 74,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An expected failure: its message is printed as one `kzt:` line and its code becomes the exit status. */
export class KztError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = 'KztError';
  }
}

/** A bad command line: unknown option, missing argument, bad value (exit 2). */
export class UsageError extends KztError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** A data file that was read but is not valid (exit 65). */
export class DataError extends KztError {
  constructor(message: string) {
    super(message, ExitCode.dataInvalid);
  }
}

/** A data file that cannot be read at all (exit 66). */
export class InputError extends KztError {
  constructor(message: string) {
    super(message, ExitCode.noInput);
  }
}

/** Nothing matched: not a failure of kzt, but scripts need to tell it apart (exit 1). */
export class NotFoundError extends KztError {
  constructor(message: string) {
    super(message, ExitCode.notFound);
  }
}

/**
 * Whether a value is a KztError. Checked by shape, not by class: the bundled CLI loads its user-data code from a
 * second file, whose error classes are copies of these.
 */
export function isKztError(error: unknown): error is KztError {
  return (
    error instanceof Error &&
    error.name === 'KztError' &&
    typeof (error as { exitCode?: unknown }).exitCode === 'number'
  );
}

/**
 * Ends a run with an exit code after the command has already said what it had to (for example "no facts
 * match" on stderr): the error handler prints nothing more for it.
 */
export class SilentExit extends Error {
  constructor(readonly exitCode: ExitCodeValue) {
    super(`exit ${exitCode}`);
    this.name = 'SilentExit';
  }
}
