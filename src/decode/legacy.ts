/**
 * The legacy Vietnamese 8-bit encodings: TCVN3 (ABC), VNI-Windows, VISCII and Windows-1258.
 * iconv-lite covers all but VNI (src/decode/vni.ts). Output is NFC.
 */
import { createRequire } from 'node:module'
import { lazy } from '../text/lazy.js'
import { Char, CHARS, isNfcInertIn } from '../normalize/char-table.js'
import { fromCodes } from './codes.js'
import { isWordSeparator } from './score.js'
import { composeTones } from './tone-compose.js'
import { decodeVni, encodesAsVni } from './vni.js'
import { westernByte, westernBytes } from './western.js'

export { fromCodes } from './codes.js'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258'

/** In the order ties are broken when detecting. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viscii', 'cp1258']

type SingleByte = Exclude<LegacyEncoding, 'vni'>

const ICONV_NAME: Readonly<Record<SingleByte, string>> = {
  tcvn3: 'tcvn',
  viscii: 'viscii',
  cp1258: 'cp1258',
}

/**
 * iconv-lite, loaded on first use: it is most of the code a run would otherwise load (its
 * tables, ~550 KB bundled), and a UTF-8 page needs none of it. Kept out of the bundle.
 */
const load = createRequire(import.meta.url)
const iconvLite = lazy(() => load('iconv-lite') as typeof import('iconv-lite'))

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * iconv-lite's character for each byte of a single-byte encoding, and whether the byte comes
 * back from that character (no U+FFFD, same byte when encoded). Read once from iconv-lite, so
 * a strict decode of a few bytes needs no Buffer; undefined if a byte does not give exactly
 * one character (then iconv-lite is asked every time).
 */
interface ByteTable {
  /** The character of each byte (a UTF-16 code unit). */
  codes: Uint16Array
  roundTrips: Uint8Array
}

function byteTable(name: string): ByteTable | undefined {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i)
  const iconv = iconvLite()
  const chars = iconv.decode(Buffer.from(all), name)
  if (chars.length !== 256 || chars.includes('\ufeff')) return undefined
  const back = iconv.encode(chars, name)
  const roundTrips = all.map((b) => (back[b] === b && chars[b] !== '\ufffd' ? 1 : 0))
  return { codes: Uint16Array.from(all, (b) => chars.charCodeAt(b)), roundTrips }
}

/** Built on first use: reading them from iconv-lite loads all its encodings (most runs need none). */
const byteTables = lazy((): Readonly<Record<SingleByte, ByteTable | undefined>> => ({
  tcvn3: byteTable(ICONV_NAME.tcvn3),
  viscii: byteTable(ICONV_NAME.viscii),
  cp1258: byteTable(ICONV_NAME.cp1258),
}))

/** Set in a strictTables entry when the byte's character is NFC-inert (char-table.ts). */
const INERT = 0x10000

/**
 * Per single-byte encoding, per byte: -1 unless the byte round-trips, else its character's
 * code, with INERT when that character is NFC-inert (one read per byte when decoding).
 */
function strictTable(table: ByteTable | undefined): Int32Array | undefined {
  if (!table) return undefined
  return Int32Array.from({ length: 256 }, (_, b) => {
    const code = table.codes[b] ?? 0
    if (table.roundTrips[b] !== 1) return -1
    return code | (((CHARS[code] ?? 0) & Char.NFC_INERT) !== 0 ? INERT : 0)
  })
}

const strictTables = lazy((): Readonly<Record<SingleByte, Int32Array | undefined>> => {
  const tables = byteTables()
  return {
    tcvn3: strictTable(tables.tcvn3),
    viscii: strictTable(tables.viscii),
    cp1258: strictTable(tables.cp1258),
  }
})

/**
 * Strict decoding by table: undefined unless every byte round-trips (as iconv-lite checks).
 * NFC is skipped when every character is one that is NFC on its own and composes with nothing.
 * decodeWesternStrict runs the same loop over the bytes of a Western reading.
 */
function decodeStrictByTable(bytes: Uint8Array, table: Int32Array): string | undefined {
  // A plain array and `apply`: spreading a typed array goes through its iterator (slow).
  const codes: number[] = new Array<number>(bytes.length)
  let inert = INERT
  for (let i = 0; i < bytes.length; i++) {
    const entry = table[bytes[i] ?? 0] ?? -1
    if (entry < 0) return undefined
    codes[i] = entry & 0xffff
    inert &= entry
  }
  return inert !== 0 ? fromCodes(codes) : nfcOfCodes(codes)
}

/** The strict table of a single-byte encoding (undefined for VNI, or if iconv-lite has none). */
function strictTableOf(encoding: LegacyEncoding): Int32Array | undefined {
  const strict = strictTables()
  // Named, not indexed by `encoding`: one property each keeps the lookups monomorphic.
  return encoding === 'tcvn3'
    ? strict.tcvn3
    : encoding === 'viscii'
      ? strict.viscii
      : encoding === 'cp1258'
        ? strict.cp1258
        : undefined
}

/** The NFC string of code units, composed by table when tone-compose.ts can. */
function nfcOfCodes(codes: readonly number[]): string {
  const composed = composeTones(codes)
  return composed ? fromCodes(composed) : fromCodes(codes).normalize('NFC')
}

/**
 * decodeLegacy(encodeWestern(text), encoding, true) without the typed arrays: the text a
 * scraper read as windows-1252 or Latin-1, decoded strictly in a legacy encoding; undefined
 * when a character has no Western byte or the bytes do not decode.
 */
export function decodeWesternStrict(text: string, encoding: LegacyEncoding): string | undefined {
  const table = strictTableOf(encoding)
  if (table) {
    // One code unit per character: made at its size (no growing as it fills).
    const codes: number[] = new Array<number>(text.length)
    let inert = INERT
    for (let i = 0; i < text.length; i++) {
      const byte = westernByte(text.charCodeAt(i))
      const entry = byte < 0 ? -1 : (table[byte] ?? -1)
      if (entry < 0) return undefined
      codes[i] = entry & 0xffff
      inert &= entry
    }
    return inert !== 0 ? fromCodes(codes) : nfcOfCodes(codes)
  }
  const bytes = westernBytes(text)
  if (!bytes) return undefined
  if (encoding !== 'vni') return decodeLegacy(Uint8Array.from(bytes), encoding, true)
  const decoded = decodeVni(bytes, true)
  if (decoded === undefined) return undefined
  // VNI's letters and pairs decode to precomposed letters: NFC is mostly a no-op.
  const nfc = isNfcInertIn(decoded, 0, decoded.length) ? decoded : decoded.normalize('NFC')
  return encodesAsVni(nfc, bytes) ? nfc : undefined
}

/** Flags of a byte's character in one encoding: it separates words; it is beyond ASCII. */
export const SEPARATOR_BYTE = 1
export const NON_ASCII_BYTE = 2

function byteFlags(encoding: LegacyEncoding): Uint8Array {
  const flags = new Uint8Array(256)
  const table = encoding === 'vni' ? undefined : byteTables()[encoding]
  for (let b = 0; b < 256; b++) {
    const code = table
      ? (table.codes[b] ?? 0)
      : (decodeLegacy(Uint8Array.of(b), encoding, false) ?? '').charCodeAt(0)
    flags[b] = (isWordSeparator(code) ? SEPARATOR_BYTE : 0) | (code >= 0x80 ? NON_ASCII_BYTE : 0)
  }
  return flags
}

/**
 * Per encoding of LEGACY_ENCODINGS, the flags of each byte's character (a VNI accent byte has
 * its windows-1252 letter's: beyond ASCII, no separator, as the letter it joins). Enough to
 * count the words of a reading that score.ts counts without decoding it: NFC and VNI's
 * pairs only join characters within a word.
 */
export function legacyByteFlags(): readonly Uint8Array[] {
  return LEGACY_ENCODINGS.map(byteFlags)
}

/**
 * Decode bytes in a legacy encoding, then NFC. Strict mode returns undefined unless every byte
 * decodes and the text encodes back to exactly the same bytes.
 */
export function decodeLegacy(
  bytes: Uint8Array,
  encoding: LegacyEncoding,
  strict: boolean,
): string | undefined {
  if (encoding === 'vni') {
    const text = decodeVni(bytes, strict)
    if (text === undefined) return undefined
    const nfc = text.normalize('NFC')
    return strict && !encodesAsVni(nfc, bytes) ? undefined : nfc
  }
  const table = strict ? strictTableOf(encoding) : undefined
  if (table) return decodeStrictByTable(bytes, table)
  const name = ICONV_NAME[encoding]
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const iconv = iconvLite()
  const text = iconv.decode(buffer, name)
  if (strict) {
    if (text.includes('\ufffd')) return undefined
    if (!sameBytes(iconv.encode(text, name), bytes)) return undefined
  }
  return text.normalize('NFC')
}
