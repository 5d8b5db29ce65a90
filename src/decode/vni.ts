/**
 * VNI-Windows, which no maintained library covers: one or two bytes per letter (a base vowel
 * followed by an accent byte). The table is data in src/data/vi-vni.json.
 */
import table from '../data/vi-vni.json' with { type: 'json' }
import { lazy } from '../text/lazy.js'
import { vowelInfo } from '../normalize/letters.js'
import { fromCodes } from './codes.js'
import { encodeWestern, westernByte, windows1252Code } from './western.js'

interface VniTables {
  letters: ReadonlyMap<number, string>
  marks: ReadonlyMap<number, string>
  encode: ReadonlyMap<string, number[]>
}

function buildTables(): VniTables {
  const letters = new Map<number, string>()
  const marks = new Map<number, string>()
  const encode = new Map<string, number[]>()
  for (const [hex, letter] of Object.entries(table.letters)) {
    letters.set(Number.parseInt(hex, 16), letter)
    encode.set(letter, [Number.parseInt(hex, 16)])
  }
  for (const [hex, mark] of Object.entries(table.marks)) {
    const byte = Number.parseInt(hex, 16)
    marks.set(byte, mark)
    const upper = byte < 0xe0
    for (const base of 'aeouyơư') {
      if (!'aeo'.includes(base) && mark.length > 1) continue
      const baseChar = upper ? base.toUpperCase() : base
      const letter = (baseChar.normalize('NFD') + mark).normalize('NFC')
      const baseBytes = encode.get(baseChar) ?? [baseChar.charCodeAt(0)]
      if (
        letter.length === 1 &&
        vowelInfo(letter) &&
        baseBytes.length === 1 &&
        !encode.has(letter)
      ) {
        encode.set(letter, [...baseBytes, byte])
      }
    }
  }
  return { letters, marks, encode }
}

const tables = lazy(buildTables)

function combine(base: string, mark: string, byte: number): string | undefined {
  const upperMark = byte < 0xe0
  if (upperMark !== (base !== base.toLowerCase())) return undefined
  const letter = (base.normalize('NFD') + mark).normalize('NFC')
  if (letter.length !== 1 || !vowelInfo(letter)) return undefined
  return tables().encode.get(letter)?.length === 2 ? letter : undefined
}

/** The key of a base character (a byte below 0x80 or a VNI letter) and the accent byte after it. */
const pairKey = (base: number, byte: number): number => base * 256 + byte

/**
 * combine() of every base a decoder can meet (each byte below 0x80 and each VNI letter) with
 * every accent byte, worked out once: the letters they make, by pairKey.
 */
function buildCombined(): ReadonlyMap<number, string> {
  const combined = new Map<number, string>()
  const { letters, marks } = tables()
  const bases = [
    ...Array.from({ length: 0x80 }, (_, b) => String.fromCharCode(b)),
    ...letters.values(),
  ]
  for (const base of bases) {
    for (const [byte, mark] of marks) {
      const letter = combine(base, mark, byte)
      if (letter !== undefined) combined.set(pairKey(base.charCodeAt(0), byte), letter)
    }
  }
  return combined
}

/**
 * The decoder's tables as arrays, so that a byte costs no Map lookup: the code of each byte's
 * VNI letter (0: none; bytes below 0x80 read as themselves), and of the letter each base byte
 * makes with each accent byte after it (0: none), by baseByte * 256 + accentByte. combine()
 * depends on the base character alone, which its byte decides.
 */
function buildByteTables(): { letters: Uint16Array; pairs: Uint16Array } {
  const letters = new Uint16Array(256)
  const pairs = new Uint16Array(256 * 256)
  const vni = tables().letters
  const combined = buildCombined()
  for (let byte = 0; byte < 256; byte++) {
    const single = byte < 0x80 ? String.fromCharCode(byte) : vni.get(byte)
    if (single === undefined) continue
    if (byte >= 0x80) letters[byte] = single.charCodeAt(0)
    for (let next = 0; next < 256; next++) {
      const letter = combined.get(pairKey(single.charCodeAt(0), next))
      if (letter !== undefined) pairs[byte * 256 + next] = letter.charCodeAt(0)
    }
  }
  return { letters, pairs }
}

const byteTables = lazy(buildByteTables)

/**
 * Decode VNI-Windows bytes. Strict mode returns undefined when an accent byte does not follow a
 * vowel it can go on; lenient mode keeps such a byte as its windows-1252 character.
 */
export function decodeVni(bytes: ArrayLike<number>, strict: boolean): string | undefined {
  const { letters, pairs } = byteTables()
  const codes: number[] = []
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    const single = byte < 0x80 ? byte : (letters[byte] ?? 0)
    if (single !== 0 || byte === 0) {
      const letter = i + 1 < bytes.length ? (pairs[byte * 256 + (bytes[i + 1] ?? 0)] ?? 0) : 0
      codes.push(letter !== 0 ? letter : single)
      if (letter !== 0) i++
      continue
    }
    if (byte >= 0xc0 && strict) return undefined
    codes.push(windows1252Code(byte))
  }
  return fromCodes(codes)
}

/**
 * The encoding table by UTF-16 code unit (every key is one code unit, below U+1F00): one byte, or
 * two as first * 256 + second + 0x10000; -1 for a character with no entry.
 */
function buildEncodeCodes(): Int32Array {
  const codes = new Int32Array(0x1f00).fill(-1)
  for (const [letter, bytes] of tables().encode) {
    const [first = 0, second] = bytes
    codes[letter.charCodeAt(0)] = second === undefined ? first : 0x10000 + first * 256 + second
  }
  return codes
}

const encodeCodes = lazy(buildEncodeCodes)

/** Whether encodeVni(text) gives exactly `bytes`, without building the encoding. */
export function encodesAsVni(text: string, bytes: ArrayLike<number>): boolean {
  const codes = encodeCodes()
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const mapped = code < 0x1f00 ? (codes[code] ?? -1) : -1
    if (mapped >= 0x10000) {
      if (bytes[at++] !== (mapped >> 8) - 0x100 || bytes[at++] !== (mapped & 0xff)) return false
      continue
    }
    if (mapped >= 0) {
      if (bytes[at++] !== mapped) return false
      continue
    }
    // A surrogate half has no western byte, as encodeVni's whole code point has none.
    const western = westernByte(code)
    if (western < 0 || western >= 0xc0 || bytes[at++] !== western) return false
  }
  return at === bytes.length
}

/** Encode NFC text as VNI-Windows; undefined when a character has no VNI bytes. */
export function encodeVni(text: string): Uint8Array | undefined {
  const out: number[] = []
  const { encode } = tables()
  for (const char of text) {
    const mapped = encode.get(char)
    const western = mapped ? undefined : encodeWestern(char)?.[0]
    if (mapped) out.push(...mapped)
    else if (western !== undefined && western < 0xc0) out.push(western)
    else return undefined
  }
  return Uint8Array.from(out)
}
