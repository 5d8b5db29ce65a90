/**
 * JSON Lines input: one `{"id": …, "text": …, …}` per line, read as a stream (a file of any
 * size costs one line of memory at a time). Other fields are carried through to the output.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export interface RawRecord {
  lineNumber: number
  line: string
}

export type ParsedRecord =
  | { ok: true; text: string; id: string | undefined; extra: Record<string, unknown> }
  | { ok: false; id: string | undefined; error: string }

/** The non-blank lines of a JSON Lines stream, numbered from 1. */
export async function* readRecords(stream: Readable): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (line.trim() !== '') yield { lineNumber, line }
  }
}

export function openRecords(file: string): AsyncGenerator<RawRecord> {
  return readRecords(createReadStream(file))
}

export interface FieldNames {
  textField: string
  idField: string
}

export function parseRecord(line: string, fields: FieldNames): ParsedRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { ok: false, id: undefined, error: 'not valid JSON' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, id: undefined, error: 'not a JSON object' }
  }
  const {
    [fields.textField]: text,
    [fields.idField]: rawId,
    ...extra
  } = value as Record<string, unknown>
  const id =
    typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : undefined
  if (rawId !== undefined && rawId !== null && id === undefined) {
    return {
      ok: false,
      id: undefined,
      error: `field '${fields.idField}' is not a string or number`,
    }
  }
  if (typeof text !== 'string') {
    return {
      ok: false,
      id,
      error:
        text === undefined
          ? `no '${fields.textField}' field`
          : `field '${fields.textField}' is not a string`,
    }
  }
  return { ok: true, text, id, extra }
}
