/** One input document end to end: bytes → decoded text → Article, with its messages. */
import { decodeBytes } from './decode/index.js'
import type { Cleaner, CleanResult } from './pipeline/processor.js'

export interface DocumentInput {
  bytes: Uint8Array
  file: string | null
  /** Forced encoding, or null to detect. */
  encoding: string | null
}

/** Decode and clean; throws DecodeError for input that is not text. */
export function cleanDocument(cleaner: Cleaner, input: DocumentInput): CleanResult {
  const decoded = decodeBytes(input.bytes, { encoding: input.encoding })
  return cleaner({ text: decoded.text, file: input.file, encoding: decoded.encoding })
}
