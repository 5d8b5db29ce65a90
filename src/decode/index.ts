/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy Vietnamese
 * encoding (TCVN3, VNI, VISCII, Windows-1258) detected from the bytes or forced by name.
 * Line ends are left as they are.
 */
import { detectEncoding } from './detect.js'
import { resolveEncoding, SUPPORTED_ENCODINGS, type EncodingName } from './encodings.js'
import { decodeLegacy } from './legacy.js'
import { decodeWindows1252 } from './western.js'
import { DecodeError } from './error.js'

export { SUPPORTED_ENCODINGS, resolveEncoding, type EncodingName } from './encodings.js'
export { DecodeError } from './error.js'

export interface DecodeOptions {
  /** Force this encoding instead of detecting one. */
  encoding: string | null
}

export interface Decoded {
  text: string
  encoding: string
}

/** Bytes of a byte-order mark at the start, and the encoding it announces. */
function byteOrderMark(bytes: Uint8Array): { encoding: EncodingName; length: number } | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName, forced: boolean): string {
  switch (encoding) {
    case 'utf-8':
      try {
        return new TextDecoder('utf-8', { fatal: forced }).decode(bytes)
      } catch {
        throw new DecodeError('not valid UTF-8; leave out --encoding to detect the encoding')
      }
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding).decode(bytes)
    case 'windows-1252':
      return decodeWindows1252(bytes)
    case 'latin1':
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    default:
      return decodeLegacy(bytes, encoding, false) ?? ''
  }
}

/** Decode a file's bytes; throws DecodeError for binary input or an unknown forced encoding. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const bom = byteOrderMark(bytes)
  if (options.encoding !== null) {
    const encoding = resolveEncoding(options.encoding)
    if (!encoding) {
      throw new DecodeError(
        `unknown encoding "${options.encoding}" (expected one of ${SUPPORTED_ENCODINGS.join(', ')})`,
      )
    }
    const skip = bom && bom.encoding === encoding ? bom.length : 0
    return { text: decodeAs(bytes.subarray(skip), encoding, true), encoding }
  }
  if (bom)
    return {
      text: decodeAs(bytes.subarray(bom.length), bom.encoding, false),
      encoding: bom.encoding,
    }
  if (bytes.subarray(0, 8192).includes(0)) throw new DecodeError('binary file (contains NUL bytes)')
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    const encoding = detectEncoding(bytes)
    return { text: decodeAs(bytes, encoding, false), encoding }
  }
}
