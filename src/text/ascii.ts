/** ASCII letters and digits by code unit: the common case, tested without the Unicode tables. */

/** `A`–`Z` or `a`–`z` (setting bit 5 lower-cases an ASCII letter and leaves no other code there). */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

/** `A`–`Z`, `a`–`z` or `0`–`9`. */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39)
}
