/** How lint names what the pipeline would change in text that should already be clean. */

const NORMALISE_LABELS: Readonly<Record<string, string>> = {
  'normalise/mojibake': 'Mojibake (UTF-8 read as windows-1252)',
  'normalise/legacy-encoding': 'Legacy encoding (TCVN3, VNI or VISCII read as Western text)',
  'normalise/nfc': 'Not Unicode NFC',
  'normalise/tone-order': 'Tone mark typed before the circumflex or breve',
  'normalise/lookalike': 'Look-alike character',
  'normalise/invisible': 'Invisible character',
  'normalise/space': 'Odd or doubled space',
  'normalise/punctuation-space': 'Space before punctuation',
  'normalise/tone-placement': 'Mistyped tone mark',
  'normalise/tone-style': 'Tone style',
}

/** `Label: \`actual\` should be \`expected\``, with invisible characters spelled out. */
export function normaliseReason(ruleId: string, actual: string, expected: string): string {
  const label = NORMALISE_LABELS[ruleId] ?? ruleId
  // Decomposed text looks like the composed form: spell its combining marks out.
  return `${label}: \`${shownActual(ruleId, actual)}\` should be \`${visible(expected)}\``
}

/** The text an edit replaced, made readable: invisible characters and combining marks spelled. */
export function shownActual(ruleId: string, actual: string): string {
  return SPELL_MARKS.has(ruleId) ? spellMarks(actual) : visible(actual)
}

const SPELL_MARKS = new Set(['normalise/nfc', 'normalise/tone-order'])

function spellMarks(text: string): string {
  return visible(text).replace(/\p{M}/gu, codePoint)
}

export function boilerplateReason(reason: string, text: string, partial: boolean): string {
  const what = partial ? 'Leftover text' : 'Leftover boilerplate'
  return `${what} (${reason}): \`${shorten(text)}\``
}

export function mixedStyleReason(actual: string, expected: string, majority: string): string {
  return `Mixed tone styles: \`${actual}\` is in the ${majority === 'old' ? 'new' : 'old'} style, most of the text in the ${majority} style (\`${expected}\`)`
}

export function encodingReason(encoding: string): string {
  return `The file is encoded as ${encoding}, not UTF-8`
}

/** Control, format and unusual space characters as <U+XXXX>, spaces in letterless text as ␣, nothing as ∅. */
export function visible(text: string): string {
  if (text === '') return '∅'
  const spelled = text.replace(
    /[\p{Cc}\p{Cf}\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/gu,
    codePoint,
  )
  // Spaces next to no letters (a space edit) would be invisible too.
  return /\p{L}/u.test(text) ? spelled : spelled.replaceAll(' ', '␣')
}

function codePoint(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`
}

const MAX_SHOWN = 80

function shorten(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`
}
