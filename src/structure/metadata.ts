/** Article metadata from the kept and removed lines: outlet, place, date, authors, category. */
import type { LineNode } from '../pipeline/tree.js'
import type { Layout } from '../rules/layout.js'
import { isLive } from '../rules/rule.js'
import { parseByline } from './byline.js'
import { parseCredit } from './credit.js'
import { parseDateline, isoDate } from './dateline.js'
import { doubledPrefixLength } from '../rules/line-key.js'

export interface Metadata {
  title: string | null
  category: string | null
  outlet: string | null
  date: string | null
  place: string | null
  authors: string[]
}

const DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u
const TRAIL_SPLIT = /\s?[>»›]\s?/u
const HOME = /^(?:trang chủ|home|trang nhất)$/iu

export function extractMetadata(lines: readonly LineNode[], layout: Layout): Metadata {
  const live = lines.filter(isLive)
  const titleNode = lines[layout.title]
  const lead = live.find((node) => node.data.role === 'paragraph')
  const dateline = lead === undefined ? null : parseDateline(lead.data.text)
  const credits = live.filter((node) => node.data.role === 'source')
  const lastCredit = credits[credits.length - 1]
  const creditOutlet =
    lastCredit === undefined ? null : (parseCredit(lastCredit.data.text)?.outlet ?? null)
  const authors = live
    .filter((node) => node.data.role === 'byline')
    .flatMap((node) => parseByline(node.data.text)?.authors ?? [])
  return {
    title: titleNode !== undefined && titleNode.data.role === 'title' ? titleNode.data.text : null,
    category: findCategory(lines, layout.title),
    outlet: creditOutlet ?? dateline?.outlet ?? null,
    date: dateline?.date ?? findStampDate(lines),
    place: dateline?.place ?? null,
    authors: [...new Set(authors)],
  }
}

/** The category label or breadcrumb removed just above the headline. */
function findCategory(lines: readonly LineNode[], title: number): string | null {
  if (title <= 0) return null
  for (let i = title - 1; i >= 0 && i >= title - 3; i--) {
    const node = lines[i]
    if (node === undefined) continue
    const rule = node.data.drop
    if (rule !== 'strip/breadcrumb' && rule !== 'strip/doubled-label') continue
    let label: string | undefined = node.data.content
    const segments = label.split(TRAIL_SPLIT).filter((segment) => !HOME.test(segment.trim()))
    if (segments.length > 1) label = segments[0]
    const tokens = (label ?? '').split(' ')
    const size = doubledPrefixLength(tokens)
    const text = (size * 2 === tokens.length ? tokens.slice(0, size) : tokens).join(' ').trim()
    if (text !== '') return walkUp(lines, i, text)
  }
  return null
}

/** Of a stack of labels above the headline, the top one is the section. */
function walkUp(lines: readonly LineNode[], from: number, label: string): string {
  const above = lines[from - 1]
  if (above?.data.drop === 'strip/breadcrumb' && above.data.features.words <= 6)
    return above.data.content
  return label
}

function findStampDate(lines: readonly LineNode[]): string | null {
  for (const node of lines) {
    if (node.data.drop !== 'strip/timestamp') continue
    const match = DATE.exec(node.data.text)
    if (match !== null) return isoDate(match[1], match[2], match[3])
  }
  return null
}
