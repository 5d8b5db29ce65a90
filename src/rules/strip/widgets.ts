/** The phrase-list rules: page widgets, comment forms, counters, polls, media prompts, footers. */
import boilerplate from '../../data/boilerplate.json' with { type: 'json' }
import type { PhraseList } from '../phrase-matcher.js'
import type { StripRule } from '../rule.js'
import { createPhraseRule } from './phrase-rule.js'

const lists = boilerplate as unknown as Record<string, PhraseList>

function phraseRule(id: string, reason: string): StripRule {
  const list = lists[id]
  if (list === undefined) throw new Error(`no phrase list for ${id} in boilerplate.json`)
  return createPhraseRule(id, list, reason)
}

export const pageWidget = phraseRule('strip/page-widget', 'Page widget, not article text')
export const commentWidget = phraseRule('strip/comment-widget', 'Comment widget, not article text')
export const counter = phraseRule('strip/counter', 'Visitor counter')
export const poll = phraseRule('strip/poll', 'Poll widget')
export const mediaPrompt = phraseRule('strip/media-prompt', 'Media prompt, not article text')
export const siteFooter = phraseRule('strip/site-footer', 'Site footer')
