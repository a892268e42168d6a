/** A mistake in the command line or its input: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const EXIT_OK = 0
/** A bug, not a user mistake. */
export const EXIT_INTERNAL = 1
export const EXIT_BAD_INPUT = 2
