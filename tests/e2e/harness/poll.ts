// Waiting on a condition, never on the clock: reads a value until it is acceptable or a deadline passes.
// Browser tests use it wherever the app answers asynchronously (a save, a frame, an alert).

export interface PollOptions {
  /** How long to keep reading before giving up (ms). */
  readonly timeout?: number;
  /** Pause between reads (ms), so a busy 2-core machine is not kept busier. */
  readonly interval?: number;
}

/** Reads `read()` until `accept` takes its value, and returns that value; throws `failure` at the deadline. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  failure: string | ((last: T | undefined) => string),
  { timeout = 15_000, interval = 50 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(typeof failure === 'string' ? failure : failure(last));
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
