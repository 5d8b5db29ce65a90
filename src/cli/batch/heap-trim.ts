/**
 * Keeps the main thread's heap small while workers clean. On a pool run the main thread only
 * hands documents out and writes results, but it allocates for each of them (promises, tasks,
 * results: a few KB), so V8 grows its young generation to the largest size (two 16 MB
 * semi-spaces) and never shrinks it while allocation goes on: ~30 MB of the run's peak RSS, on
 * the thread that is idle most of the time. V8 shrinks a heap when told memory is low; Node
 * offers that through the inspector protocol's `HeapProfiler.collectGarbage` (a low-memory
 * notification: full collections that also give unused young-generation pages back).
 */

/** Between two trims. The young generation grows back to 16 MB in about two seconds. */
const TRIM_INTERVAL_MS = 3000

/**
 * Trims the calling thread's heap every few seconds until the returned function is called.
 * Where the inspector is missing (a Node built without it), nothing is done.
 */
export async function startHeapTrimming(): Promise<() => void> {
  const inspector = await import('node:inspector').catch(() => null)
  if (inspector === null) return () => undefined
  const session = new inspector.Session()
  session.connect()
  const timer = setInterval(() => {
    session.post('HeapProfiler.collectGarbage')
  }, TRIM_INTERVAL_MS)
  // The run ends when its work ends, not when the timer says.
  timer.unref()
  return () => {
    clearInterval(timer)
    session.disconnect()
  }
}
