/**
 * VNI-Windows, which no maintained library covers: one or two bytes per letter (a base vowel
 * followed by an accent byte). The table is data in src/data/vi-vni.json.
 */
import table from '../data/vi-vni.json' with { type: 'json' }
import { vowelInfo } from '../normalize/letters.js'
import { decodeWindows1252, encodeWestern } from './western.js'

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

const TABLES = buildTables()

function combine(base: string, mark: string, byte: number): string | undefined {
  const upperMark = byte < 0xe0
  if (upperMark !== (base !== base.toLowerCase())) return undefined
  const letter = (base.normalize('NFD') + mark).normalize('NFC')
  if (letter.length !== 1 || !vowelInfo(letter)) return undefined
  return TABLES.encode.get(letter)?.length === 2 ? letter : undefined
}

/**
 * Decode VNI-Windows bytes. Strict mode returns undefined when an accent byte does not follow a
 * vowel it can go on; lenient mode keeps such a byte as its windows-1252 character.
 */
export function decodeVni(bytes: Uint8Array, strict: boolean): string | undefined {
  let out = ''
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    if (byte < 0x80) {
      const next = bytes[i + 1] ?? 0
      const mark = TABLES.marks.get(next)
      const letter = mark === undefined ? undefined : combine(String.fromCharCode(byte), mark, next)
      out += letter ?? String.fromCharCode(byte)
      if (letter) i++
      continue
    }
    const single = TABLES.letters.get(byte)
    if (single !== undefined) {
      const next = bytes[i + 1] ?? 0
      const mark = TABLES.marks.get(next)
      const letter = mark === undefined ? undefined : combine(single, mark, next)
      out += letter ?? single
      if (letter) i++
      continue
    }
    if (byte >= 0xc0 && strict) return undefined
    out += decodeWindows1252(bytes.subarray(i, i + 1))
  }
  return out
}

/** Encode NFC text as VNI-Windows; undefined when a character has no VNI bytes. */
export function encodeVni(text: string): Uint8Array | undefined {
  const out: number[] = []
  for (const char of text) {
    const mapped = TABLES.encode.get(char)
    const western = mapped ? undefined : encodeWestern(char)?.[0]
    if (mapped) out.push(...mapped)
    else if (western !== undefined && western < 0xc0) out.push(western)
    else return undefined
  }
  return Uint8Array.from(out)
}
