/**
 * Errors a user can cause carry a stable code and a message that shows the bad value.
 * Anything else thrown is a bug. The CLI maps codes to exit codes in one place (src/cli/exit.ts).
 */
export type UserErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNDECODABLE'
  | 'INPUT_BAD_FORMAT'
  | 'UNKNOWN_ENCODING'
  | 'UNKNOWN_FORMAT'
  | 'BAD_DATE'
  | 'BAD_OPTION';

export class MarsadError extends Error {
  readonly code: UserErrorCode;
  /** The input (path, `-`, option) the error is about, when there is one. */
  readonly input: string | undefined;
  constructor(code: UserErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MarsadError';
    this.code = code;
    this.input = input;
  }
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}

/** A broken invariant inside Marsad: never caused by input. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}
