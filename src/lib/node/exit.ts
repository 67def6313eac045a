// Exiting right after printing can cut the output short: when stdout or stderr is a pipe whose
// buffer is full (a busy CI machine, a reader slower than the writer), Node writes it
// asynchronously, and process.exit() drops what is still queued. A test comparing the command
// line's lines with the browser's saw 171 of 201 lines.

const drained = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

/**
 * Ends the process with `code` once everything written to stdout and stderr has been handed to
 * the operating system. Never returns.
 */
export async function exit(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
