/** Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage or I/O trouble. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/**
 * A problem with the command line, a file or a config file: printed as one line
 * (`postmortem: <message>`), exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
