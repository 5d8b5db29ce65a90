/**
 * Batching for the worker pool: one message each way, and one wake-up of the main thread, per
 * batch of documents instead of per document.
 */

interface Waiting<T, R> {
  task: T
  resolve: (result: R) => void
  reject: (error: unknown) => void
}

/**
 * A function of one task that sends tasks on in batches (`send` takes a batch, returns one result
 * per task in order), with at most `slots` batches out at once. Batches form by themselves:
 * tasks that arrive while every slot is busy wait together and leave as one batch (at most
 * `maxBatch`) when a slot frees. Sending waits for the event loop's next turn, so tasks asked for
 * together leave together. Once `cancel.signal` aborts, tasks not yet sent get `cancel.result`.
 */
export function batched<T, R>(
  send: (tasks: T[]) => Promise<R[]>,
  limits: { slots: number; maxBatch: number },
  cancel: { signal: AbortSignal; result: R },
): (task: T) => Promise<R> {
  const { slots, maxBatch } = limits
  const waiting: Waiting<T, R>[] = []
  let busy = 0
  let scheduled = false
  const dispatch = (): void => {
    scheduled = false
    if (cancel.signal.aborted) {
      for (const entry of waiting.splice(0)) entry.resolve(cancel.result)
      return
    }
    while (busy < slots && waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch)
      busy++
      // A send that throws, or gives back something other than one result per task, fails its
      // batch's tasks; every task settles either way.
      Promise.resolve()
        .then(() => send(batch.map((entry) => entry.task)))
        .then((results) => {
          if (!Array.isArray(results) || results.length !== batch.length) {
            const count = Array.isArray(results) ? String(results.length) : 'no'
            throw new Error(`a batch of ${String(batch.length)} gave ${count} results`)
          }
          for (const [i, entry] of batch.entries()) entry.resolve(results[i] as R)
        })
        .catch((error: unknown) => {
          for (const entry of batch) entry.reject(error)
        })
        .finally(() => {
          busy--
          schedule()
        })
    }
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    setImmediate(dispatch)
  }
  return (task) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ task, resolve, reject })
      schedule()
    })
}
