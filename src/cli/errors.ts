/** A failure with a message for the person at the terminal; the CLI prints it without a stack and exits 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
