/**
 * The progress line shown on stderr when it is a terminal: documents done of total (or bytes
 * read of total for JSON Lines), MB, rate and ETA. `formatProgress` is pure; `createProgressBar`
 * redraws it at most ten times a second and erases it before anything else is printed.
 */
import type { Writable } from 'node:stream'

export interface ProgressState {
  done: number
  failed: number
  /** Total documents, when known up front. */
  total: number | null
  bytes: number
  /** Total input bytes, when the fraction is measured in bytes (JSON Lines input). */
  totalBytes: number | null
  elapsedMs: number
}

const BAR_WIDTH = 24

export function formatProgress(state: ProgressState): string {
  const fraction =
    state.totalBytes !== null && state.totalBytes > 0
      ? state.bytes / state.totalBytes
      : state.total !== null && state.total > 0
        ? state.done / state.total
        : null
  const seconds = state.elapsedMs / 1000
  const rate = seconds > 0 ? state.bytes / 1e6 / seconds : 0
  const parts: string[] = []
  if (fraction !== null) {
    const filled = Math.round(Math.min(1, fraction) * BAR_WIDTH)
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`)
  }
  parts.push(
    state.total === null
      ? `${count(state.done)} documents`
      : `${count(state.done)}/${count(state.total)} documents`,
  )
  if (state.failed > 0) parts.push(`${count(state.failed)} failed`)
  parts.push(`${(state.bytes / 1e6).toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`)
  if (fraction !== null && fraction > 0 && fraction < 1) {
    parts.push(`ETA ${duration((seconds * (1 - fraction)) / fraction)}`)
  }
  return parts.join(' · ')
}

function count(value: number): string {
  return value.toLocaleString('en-US')
}

function duration(seconds: number): string {
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${String(h)}:${String(m).padStart(2, '0')}:${s}` : `${String(m)}:${s}`
}

export interface ProgressBar {
  update(state: ProgressState): void
  /** Erase the line (before an error message or the summary). */
  clear(): void
  stop(): void
}

export function createProgressBar(stream: Writable, intervalMs = 100): ProgressBar {
  let latest: ProgressState | null = null
  let shown = false
  const draw = (): void => {
    if (latest === null) return
    stream.write(`\r\x1b[2K${formatProgress(latest)}`)
    shown = true
  }
  const timer = setInterval(draw, intervalMs)
  timer.unref()
  return {
    update(state) {
      latest = state
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K')
      shown = false
    },
    stop() {
      clearInterval(timer)
      this.clear()
    },
  }
}

/** A bar that shows nothing (a pipe, or --quiet). */
export const NO_PROGRESS: ProgressBar = Object.freeze({
  update: () => undefined,
  clear: () => undefined,
  stop: () => undefined,
})
