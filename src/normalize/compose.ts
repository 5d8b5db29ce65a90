/**
 * Two rounds of replacements as one: `first` made on a text, `second` on the text `first`
 * leaves. The mojibake repair shows a pass that left C1 controls for the next one together with
 * that next pass, so that no edit it records shows a control character as what it made.
 */
import { growth, type Replacement } from './line-state.js'

type Span = [start: number, end: number]

/**
 * The replacements of `text` that make `result`, which `second` makes of the text `first` makes
 * of `text`. Both lists are sorted and apart, and no replacement of `second` is empty. Each
 * replacement of `second` stands for the span of `text` its characters came from (the whole
 * span of a replacement of `first` when it replaces a character that one made); spans that
 * overlap are joined.
 */
export function composeReplacements(
  text: string,
  first: readonly Replacement[],
  second: readonly Replacement[],
  result: string,
): Replacement[] {
  const toResult = placeInResult(first, second)
  const out: Replacement[] = []
  for (const [start, end] of joinSpans(first, spansOf(first, second))) {
    const made = result.slice(toResult(start), toResult(end))
    if (made !== text.slice(start, end)) out.push({ start, end, text: made })
  }
  return out
}

/**
 * Where a place of the first text between spans (in no replacement of `first`, nor made into
 * one of `second`) is in the result. Asked for places in order.
 */
function placeInResult(
  first: readonly Replacement[],
  second: readonly Replacement[],
): (at: number) => number {
  let i = 0
  let grownFirst = 0
  let j = 0
  let grownSecond = 0
  return (at) => {
    for (let r = first[i]; r !== undefined && r.end <= at; r = first[++i]) grownFirst += growth(r)
    const middle = at + grownFirst
    for (let r = second[j]; r !== undefined && r.end <= middle; r = second[++j]) {
      grownSecond += growth(r)
    }
    return middle + grownSecond
  }
}

/** The span of the first text that each replacement of `second` replaces, in order. */
function spansOf(first: readonly Replacement[], second: readonly Replacement[]): Span[] {
  // The replacement of `first` whose made text a place is in or before, and the growth of the
  // ones before it: places are asked for in order.
  let i = 0
  let grown = 0
  const within = (at: number): Replacement | undefined => {
    for (let r = first[i]; r !== undefined && r.start + grown + r.text.length <= at; r = first[++i])
      grown += growth(r)
    const r = first[i]
    return r !== undefined && r.start + grown <= at ? r : undefined
  }
  return second.map((r): Span => {
    const start = within(r.start)?.start ?? r.start - grown
    // The last character replaced: the end of its span.
    const end = within(r.end - 1)?.end ?? r.end - grown
    return [start, end]
  })
}

/** The spans of `first` and `mapped` in order, overlapping ones joined. */
function joinSpans(first: readonly Replacement[], mapped: readonly Span[]): Span[] {
  const all = first.map((r): Span => [r.start, r.end]).concat(mapped)
  all.sort((a, b) => a[0] - b[0])
  const out: Span[] = []
  for (const span of all) {
    const last = out[out.length - 1]
    if (last !== undefined && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
    else out.push([span[0], span[1]])
  }
  return out
}
