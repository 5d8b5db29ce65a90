/**
 * A constant built on first use: tables that only some inputs need (a legacy encoding, VNI,
 * Windows-1258 tone marks) should not cost the start-up of every run. Once built, the value
 * never changes; callers fetch it once per call, outside their loops.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | null = null
  return () => (built ??= { value: build() }).value
}
