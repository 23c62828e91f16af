import type { UserErrorCode } from '../base/errors.ts';

/** Exit codes: the one place they are decided. Documented in `marsad --help`. */
export const EXIT = {
  OK: 0,
  /** Some inputs could not be read or analyzed; the others were. */
  SOME_FAILED: 1,
  /** Bad command line: unknown option, bad value, bad date. */
  USAGE: 2,
  /** Every input failed. */
  ALL_FAILED: 3,
  /** A bug in Marsad. */
  INTERNAL: 70,
} as const;

/** User errors that are about the command line rather than an input. */
const USAGE_CODES: ReadonlySet<UserErrorCode> = new Set(['BAD_DATE', 'BAD_OPTION', 'UNKNOWN_ENCODING', 'UNKNOWN_FORMAT']);

export function isUsageError(code: UserErrorCode): boolean {
  return USAGE_CODES.has(code);
}

export const EXIT_HELP = `Exit codes:
  0   every input was analyzed
  1   some inputs failed (each reported on stderr with its path and reason); the others were analyzed
  2   bad usage: unknown option, bad value (e.g. --published not YYYY-MM-DD, unknown --encoding)
  3   every input failed
  70  internal error (a bug: please report it)`;
