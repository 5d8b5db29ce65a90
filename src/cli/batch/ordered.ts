/**
 * An ordered, bounded, concurrent map: at most `window` items in flight, results yielded in
 * input order. Memory is bounded by the window, whatever the number of items; when `signal`
 * aborts, no new item is started and the ones in flight are still awaited and yielded.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<R>,
  window: number,
  signal: AbortSignal,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = []
  const iterator =
    Symbol.asyncIterator in items
      ? items[Symbol.asyncIterator]()
      : (items as Iterable<T>)[Symbol.iterator]()
  let exhausted = false
  try {
    while (true) {
      while (!exhausted && !signal.aborted && pending.length < window) {
        const next = await iterator.next()
        if (next.done === true) exhausted = true
        else pending.push(work(next.value))
      }
      const head = pending.shift()
      if (head === undefined) return
      yield await head
    }
  } finally {
    // Settle what is still running (e.g. the consumer stopped early) so no write is left half-done.
    await Promise.allSettled(pending)
    if (!exhausted) await iterator.return?.()
  }
}
