// A usage or input problem the user can fix: printed as one plain line, exit code 2.
export class CliError extends Error {
  override readonly name = 'CliError';
}
