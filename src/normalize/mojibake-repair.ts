/**
 * Rule `normalise/mojibake` on a line: passes of mojibake.ts while they find something (UTF-8
 * read as Western text twice is undone in two), taken only when they lower the line's count of
 * non-Vietnamese words without losing a valid one.
 *
 * windows-1252 has no character for five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), which scrapers
 * read as the C1 controls U+0081 … (Latin-1 reads all of 0x80–0x9F so). Read twice, `Đ` (C4 90)
 * is `Ã„Â` U+0090: undoing the outer reading gives `Ä` U+0090, which the inner one makes `Đ`.
 * A pass may therefore leave a C1 control, but only one that the next pass consumes; the
 * repaired line has no C1 control its input did not have.
 */
import { fromCodes } from '../decode/codes.js'
import { scoreVietnamese, validShare, type VietnameseScore } from '../decode/score.js'
import { composeReplacements } from './compose.js'
import { growth, type Replacement } from './line-state.js'
import { mojibakePass, type StagedControls } from './mojibake.js'

const MAX_PASSES = 3
/**
 * Chains worked out at most, each refusing the C1 controls the one before left unconsumed, before
 * the passes leave none at all (bounds the work on a line made to need more).
 */
const MAX_CHAINS = 4

function applyAll(text: string, replacements: readonly Replacement[]): string {
  // Built code by code and made a flat string once (it is scanned, scored, right away): the
  // pieces between sequences are mostly a letter or two, and a slice for each, joined, cost
  // more than copying their code units.
  let length = text.length
  for (const r of replacements) length += growth(r)
  // Made at its size (no growing as it fills).
  const codes: number[] = new Array<number>(length)
  let at = 0
  let cursor = 0
  for (const r of replacements) {
    for (let i = cursor; i < r.start; i++) codes[at++] = text.charCodeAt(i)
    for (let i = 0; i < r.text.length; i++) codes[at++] = r.text.charCodeAt(i)
    cursor = r.end
  }
  for (let i = cursor; i < text.length; i++) codes[at++] = text.charCodeAt(i)
  return fromCodes(codes)
}

/** Passes over a line, each on the text the one before left. */
interface Chain {
  passes: Replacement[][]
  results: string[]
  /** The C1 controls each pass left (undefined when it was not allowed to). */
  staged: (StagedControls | undefined)[]
}

/**
 * The passes over `text`. When `refused` is given, a pass but the last may leave C1 controls,
 * but not at the starts `refused` lists for it; and a pass after the first only one whose
 * control character the pass before it left (`Â` U+0090 read three times), since it saw every
 * other one already.
 */
function chainOf(text: string, refused?: (Set<number> | undefined)[]): Chain {
  let current = text
  const chain: Chain = { passes: [], results: [], staged: [] }
  let left: readonly number[] = []
  while (chain.passes.length < MAX_PASSES) {
    const k = chain.passes.length
    const staged: StagedControls | undefined =
      refused !== undefined && k < MAX_PASSES - 1 && (k === 0 || left.length > 0)
        ? {
            refused: refused[k],
            after: k === 0 ? undefined : new Set(left),
            starts: [],
            places: [],
          }
        : undefined
    const replacements = mojibakePass(current, staged)
    if (replacements.length === 0) break
    current = applyAll(current, replacements)
    chain.passes.push(replacements)
    chain.results.push(current)
    chain.staged.push(staged)
    left = staged?.places ?? []
  }
  return chain
}

/** Whether `place` is inside one of the sorted replacements, from index `from` on. */
function consumedFrom(replacements: readonly Replacement[], place: number, from: number): number {
  let i = from
  while (i < replacements.length && (replacements[i] as Replacement).end <= place) i++
  const r = replacements[i]
  return r !== undefined && r.start <= place ? i : -1
}

/**
 * The first pass that left a C1 control the next pass did not consume, with the starts of those
 * controls in its text; undefined when there is none.
 */
function unconsumed(chain: Chain): { pass: number; starts: number[] } | undefined {
  for (let k = 0; k < chain.staged.length; k++) {
    const { starts, places } = chain.staged[k] ?? { starts: [], places: [] }
    if (places.length === 0) continue
    const next = chain.passes[k + 1] ?? []
    const left: number[] = []
    let from = 0
    for (let c = 0; c < places.length; c++) {
      const at = consumedFrom(next, places[c] as number, from)
      if (at < 0) left.push(starts[c] as number)
      else from = at
    }
    if (left.length > 0) return { pass: k, starts: left }
  }
  return undefined
}

/**
 * The passes with C1 controls between them where the next pass consumes each one: the first
 * pass that leaves one unconsumed is worked out again refusing it (and the passes after it from
 * scratch), until none is left or MAX_CHAINS are spent.
 */
function stagedChain(text: string): Chain | undefined {
  const refused: (Set<number> | undefined)[] = []
  for (let round = 0; round < MAX_CHAINS; round++) {
    const chain = chainOf(text, refused)
    const left = unconsumed(chain)
    if (left === undefined) return chain
    const set = refused[left.pass] ?? new Set<number>()
    for (const start of left.starts) set.add(start)
    refused.length = left.pass
    refused.push(set)
  }
  return undefined
}

const lastResult = (chain: Chain): string => chain.results[chain.results.length - 1] ?? ''

function leavesControls(chain: Chain): boolean {
  for (const staged of chain.staged)
    if (staged !== undefined && staged.places.length > 0) return true
  return false
}

/**
 * The chain as its edits show it: a pass that left C1 controls joined with the next one, so
 * that the text of each pass in the result has no C1 control the input did not have.
 */
function shown(text: string, chain: Chain): Chain {
  const out: Chain = { passes: [], results: [], staged: [] }
  let before = text
  for (let k = 0; k < chain.passes.length; k++) {
    let pass = chain.passes[k] as Replacement[]
    while ((chain.staged[k]?.places.length ?? 0) > 0 && k + 1 < chain.passes.length) {
      k++
      const next = chain.passes[k] as Replacement[]
      pass = composeReplacements(before, pass, next, chain.results[k] as string)
    }
    out.passes.push(pass)
    before = chain.results[k] as string
    out.results.push(before)
  }
  return out
}

export interface MojibakeRepair {
  /**
   * The replacements of each pass, each made on the text the previous ones left; none when the
   * repair is not accepted.
   */
  passes: Replacement[][]
  /** The text each pass leaves. */
  results: string[]
  /** Share of valid Vietnamese words after the repair (-1 when it is not accepted). */
  share: number
  /** The score of the line before the repair. */
  before: VietnameseScore
}

/** Whether a repaired text is taken: fewer non-Vietnamese words, no valid word lost. */
const accepted = (before: VietnameseScore, after: VietnameseScore): boolean =>
  after.invalid < before.invalid && after.valid >= before.valid

/**
 * The passes that repair the line; undefined when no sequence decodes. A repair that is not
 * accepted has no passes, and still the line's score (worked out to judge it), which the
 * legacy repair would otherwise work out again. Should the passes that leave C1 controls for
 * the next one make a repair that is not accepted, the passes that leave none are judged
 * instead.
 */
export function mojibakeRepair(text: string): MojibakeRepair | undefined {
  // A chain that leaves no C1 control is the one that is not allowed to.
  let chain = stagedChain(text) ?? chainOf(text)
  if (chain.passes.length === 0) return undefined
  const before = scoreVietnamese(text)
  let after = scoreVietnamese(lastResult(chain))
  if (leavesControls(chain)) {
    if (accepted(before, after)) chain = shown(text, chain)
    else {
      chain = chainOf(text)
      after = chain.passes.length > 0 ? scoreVietnamese(lastResult(chain)) : before
    }
  }
  if (!accepted(before, after)) return { passes: [], results: [], share: -1, before }
  return { passes: chain.passes, results: chain.results, share: validShare(after), before }
}
