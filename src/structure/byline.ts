/** Byline recognition: a short line of person names (`Thanh Thuy`, `S. Hải`, `Bài, ảnh: Hà Phong`). */
const LABEL =
  /^(?:bài(?:,| và)? ảnh|bài|tác giả|người viết|thực hiện|ghi chép|nhóm phóng viên|by)\s*[:\-–]\s*/iu
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}\.|\p{Lu}{2,4})$/u
// Text is normalised (single spaces), so separators need no `\s*` (which would backtrack).
const SEPARATOR = / ?(?:[,&/]| [-–] | và | and ) ?/u
const GROUP = /^(?:nhóm pv|nhóm phóng viên|pv|ctv|nhóm ctv|phóng viên)$/iu
const MAX_WORDS = 10
const MAX_NAME_WORDS = 5

export interface Byline {
  authors: string[]
}

export function parseByline(text: string): Byline | null {
  const trimmed = text.replace(/[.;]$/u, '').trim()
  if (trimmed === '' || trimmed.split(' ').length > MAX_WORDS || /\d/u.test(trimmed)) return null
  if (GROUP.test(trimmed)) return { authors: [] }
  const labelled = LABEL.exec(trimmed)
  const body = labelled === null ? trimmed : trimmed.slice(labelled[0].length)
  const names = body.split(SEPARATOR).map(withoutTrailingParenthesis)
  // A lone capitalised word (`Ngày`, `Video`) is a label; one-word names need a `Bài:` label.
  const minWords = labelled === null ? 2 : 1
  if (names.length === 0 || names.some((name) => !isPersonName(name, minWords))) return null
  return { authors: names }
}

function isPersonName(name: string, minWords: number): boolean {
  const words = name.split(' ')
  if (words.length < minWords || words.length > MAX_NAME_WORDS) return false
  if (words.length === 1 && !/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(name)) return false
  return words.every((word) => NAME_WORD.test(word))
}

/** `Hà Phong (TTXVN)` → `Hà Phong`. */
function withoutTrailingParenthesis(name: string): string {
  const open = name.lastIndexOf('(')
  const body = name.endsWith(')') && open >= 0 ? name.slice(0, open) : name
  return body.trim()
}
