/** Strings from UTF-16 code units, for the decoders that build their text code by code. */

/** The string of UTF-16 code units; `apply` in slices, so no call gets too many arguments. */
export function fromCodes(codes: readonly number[]): string {
  const SLICE = 8192
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes as number[])
  let out = ''
  for (let i = 0; i < codes.length; i += SLICE) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + SLICE))
  }
  return out
}
