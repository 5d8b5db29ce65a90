/** Letters, and upper-case letters, of a text, counted by code point as `\p{L}` and `\p{Lu}` do. */
import { classOfCodePoint, classOfUnit, LETTER, UPPER } from './char-class.js'

export function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0
  let upper = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let bits: number
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: one code point (a lone half is no letter).
      const codePoint = text.codePointAt(i) ?? code
      bits = classOfCodePoint(codePoint)
      if (codePoint > 0xffff) i++
    } else bits = classOfUnit(code)
    if ((bits & LETTER) !== 0) letters++
    if ((bits & UPPER) !== 0) upper++
  }
  return { letters, upper }
}
