/**
 * A linear-time, timeout-free screen for regular expressions from user config. The full
 * analysis eslint-plugin-regexp does is not available at run time, so this refuses, by syntax
 * alone, the shapes that make backtracking blow up: back-references, a quantifier inside a
 * repeated group (`(a+)+`), alternation inside a repeated group (`(a|ab)*`), and more than two
 * unbounded quantifiers. It is deliberately strict: a refused pattern can always be rewritten.
 */

export const MAX_PATTERN_LENGTH = 200
export const MAX_UNBOUNDED_QUANTIFIERS = 2

interface Group {
  /** Some quantifier appears inside the group (at any depth). */
  quantified: boolean
  /** `|` appears inside the group (at any depth). */
  alternation: boolean
}

/** Why a pattern is refused, or null when it compiles and passes the screen. */
export function patternProblem(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) {
    return `pattern longer than ${String(MAX_PATTERN_LENGTH)} characters`
  }
  try {
    new RegExp(source, 'u')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    // V8 says `Invalid regular expression: /source/u: reason`; keep the reason.
    return `invalid regular expression: ${reason.slice(reason.lastIndexOf(': ') + 2)}`
  }
  return screen(source)
}

function screen(source: string): string | null {
  const stack: Group[] = [{ quantified: false, alternation: false }]
  /** The atom a following quantifier applies to: a group's summary, or a plain atom. */
  let atom: Group | null = null
  let unbounded = 0
  let i = 0
  while (i < source.length) {
    const char = source[i] ?? ''
    const top = stack[stack.length - 1] ?? { quantified: false, alternation: false }
    if (char === '\\') {
      const next = source[i + 1] ?? ''
      if (/[1-9]/u.test(next) || (next === 'k' && source[i + 2] === '<')) {
        return 'back-references are not allowed (they can take exponential time)'
      }
      i += 2
      // \p{…}, \P{…}, \u{…}: the braces belong to the escape, not to a quantifier.
      if ('pPu'.includes(next) && source[i] === '{') i = source.indexOf('}', i) + 1
      atom = { quantified: false, alternation: false }
      continue
    }
    if (char === '[') {
      i = classEnd(source, i + 1)
      atom = { quantified: false, alternation: false }
      continue
    }
    if (char === '(') {
      stack.push({ quantified: false, alternation: false })
      i += groupPrefixLength(source, i)
      atom = null
      continue
    }
    if (char === ')') {
      const group = stack.pop() ?? { quantified: false, alternation: false }
      const parent = stack[stack.length - 1]
      if (parent) {
        parent.quantified ||= group.quantified
        parent.alternation ||= group.alternation
      }
      atom = group
      i++
      continue
    }
    if (char === '|') {
      top.alternation = true
      atom = null
      i++
      continue
    }
    const quantifier = readQuantifier(source, i)
    if (quantifier !== null) {
      if (atom?.quantified === true && quantifier.repeats) {
        return 'a quantifier inside a repeated group (like `(a+)+`) can take exponential time'
      }
      if (atom?.alternation === true && quantifier.repeats) {
        return 'alternation inside a repeated group (like `(a|ab)*`) can take exponential time'
      }
      if (quantifier.unbounded && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
        return `more than ${String(MAX_UNBOUNDED_QUANTIFIERS)} unbounded quantifiers (*, +, {n,}) can take polynomial time`
      }
      top.quantified = true
      atom = null
      i += quantifier.length
      continue
    }
    atom = { quantified: false, alternation: false }
    i++
  }
  return null
}

/** Index just past the `]` closing a character class that opens before `from`. */
function classEnd(source: string, from: number): number {
  let i = from
  while (i < source.length) {
    if (source[i] === '\\') i += 2
    else if (source[i] === ']') return i + 1
    else i++
  }
  return i
}

/** Length of `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`. */
function groupPrefixLength(source: string, at: number): number {
  if (source[at + 1] !== '?') return 1
  const kind = source[at + 2]
  if (kind === '<' && source[at + 3] !== '=' && source[at + 3] !== '!') {
    return source.indexOf('>', at) - at + 1
  }
  return kind === '<' ? 4 : 3
}

interface Quantifier {
  length: number
  /** Can match its atom more than once. */
  repeats: boolean
  /** Has no upper bound. */
  unbounded: boolean
}

const BRACES = /^\{(\d+)(,(\d*))?\}\??/u

function readQuantifier(source: string, at: number): Quantifier | null {
  const char = source[at]
  const lazy = source[at + 1] === '?' ? 1 : 0
  if (char === '*' || char === '+') return { length: 1 + lazy, repeats: true, unbounded: true }
  if (char === '?') return { length: 1 + lazy, repeats: false, unbounded: false }
  if (char !== '{') return null
  const match = BRACES.exec(source.slice(at, at + 24))
  if (match === null) return null
  const min = Number(match[1])
  const hasComma = match[2] !== undefined
  const max = hasComma ? (match[3] === '' ? Infinity : Number(match[3])) : min
  return { length: match[0].length, repeats: max > 1, unbounded: max === Infinity }
}
