/**
 * `--report FILE`: a JSON report with one entry per input, streamed to a temporary file as the
 * run goes (memory does not grow with the corpus) and renamed into place at the end.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export interface ReportEntry {
  input: string
  line?: number
  id?: string
  output?: string
  status: 'ok' | 'failed' | 'skipped'
  bytes?: number
  kept?: number
  removed?: number
  error?: string
}

export interface ReportWriter {
  add(entry: ReportEntry): Promise<void>
  finish(summary: Record<string, unknown>): Promise<void>
  abandon(): Promise<void>
}

export async function openReport(
  target: string,
  header: Record<string, unknown>,
): Promise<ReportWriter> {
  await mkdir(path.dirname(target), { recursive: true })
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' })
  await once(stream, 'open')
  let first = true
  const write = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain')
  }
  const head = JSON.stringify(header)
  await write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"entries":[\n`)
  const close = async (): Promise<void> => {
    stream.end()
    await once(stream, 'close')
  }
  return {
    async add(entry) {
      await write(`${first ? '' : ',\n'}${JSON.stringify(entry)}`)
      first = false
    },
    async finish(summary) {
      await write(`\n],"summary":${JSON.stringify(summary)}}\n`)
      await close()
      await rename(temp, target)
    },
    async abandon() {
      await close()
      await rm(temp, { force: true })
    },
  }
}
