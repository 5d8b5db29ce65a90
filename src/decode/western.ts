/**
 * The "Western" reading of bytes that scrapers apply by mistake: windows-1252 as browsers
 * define it (WHATWG, the five unassigned bytes pass through as U+0081 …) and plain Latin-1.
 * Both are undone by one map, since their characters for 0x80–0x9F do not overlap.
 */

/** windows-1252's characters for bytes 0x80–0x9F (WHATWG; unassigned bytes map to C1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** The characters of windows-1252 for 0x80–0x9F that are not themselves U+0080–U+009F. */
export const CP1252_SPECIALS = [...CP1252_HIGH].filter((c) => c.charCodeAt(0) > 0xff).join('')

/** The byte behind each UTF-16 code unit read as windows-1252 or Latin-1; -1 if there is none. */
function buildEncoder(): Int16Array {
  const bytes = new Int16Array(0x10000).fill(-1)
  for (let c = 0; c <= 0xff; c++) bytes[c] = c
  for (let i = 0; i < CP1252_HIGH.length; i++) bytes[CP1252_HIGH.charCodeAt(i)] = 0x80 + i
  return bytes
}
const WESTERN_BYTES = buildEncoder()

/** The byte behind one UTF-16 code unit read as windows-1252 or Latin-1; -1 if there is none. */
export function westernByte(code: number): number {
  return WESTERN_BYTES[code] ?? -1
}

/** The character windows-1252 (WHATWG) gives a byte, as a UTF-16 code unit. */
export function windows1252Code(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte
}

/** encodeWestern as a plain array (a small typed array costs more to allocate). */
export function westernBytes(text: string): number[] | undefined {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const byte = westernByte(text.charCodeAt(i))
    if (byte < 0) return undefined
    bytes.push(byte)
  }
  return bytes
}

/** Bytes behind text that was read as windows-1252 or Latin-1; undefined if it cannot be. */
export function encodeWestern(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const byte = westernByte(text.charCodeAt(i))
    if (byte < 0) return undefined
    bytes[i] = byte
  }
  return bytes
}

/**
 * Decode bytes as windows-1252 (WHATWG): every byte has a character. (Node 20's TextDecoder
 * reads the label `windows-1252` as Latin-1, so it is not used.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    )
  }
  return out
}
