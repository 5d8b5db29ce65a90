/**
 * One call at a time, in the order asked: each call starts once the one before it has settled.
 * The inline executor needs it so that each document gets its own turn of the event loop (the
 * SIGINT handler runs between two); a worker, so that its queued batches run one after the
 * other instead of document by document in turns.
 */
export function serially<T, R>(run: (input: T) => Promise<R>): (input: T) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve()
  return (input) => {
    const result = last.then(() => run(input))
    last = result.catch(() => undefined)
    return result
  }
}
