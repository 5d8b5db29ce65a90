/** Each layout rule of the normaliser: lines it must change (and how) and lines it must leave. */
import { describe, expect, it } from 'vitest'
import { options, run } from './helpers.js'

const changes: [rule: string, input: string, expected: string][] = [
  ['normalise/space', 'Hà\u00a0Nội', 'Hà Nội'],
  ['normalise/space', 'Hà\tNội  mới', 'Hà Nội mới'],
  ['normalise/space', '\u2003Hà Nội\u3000', 'Hà Nội'],
  ['normalise/invisible', 'Việt\u200bNam', 'ViệtNam'],
  ['normalise/invisible', 'nghiên\u00adcứu', 'nghiêncứu'],
  ['normalise/invisible', '\ufeffTin tức', 'Tin tức'],
  ['normalise/lookalike', '\u00d0ảng viên', 'Đảng viên'],
  ['normalise/lookalike', '\u00f0ồng chí', 'đồng chí'],
  ['normalise/lookalike', 'H\u043e Chí Minh', 'Ho Chí Minh'],
  ['normalise/nfc', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
  ['normalise/tone-order', 'tie\u0301\u0302ng', 'tiếng'],
  ['normalise/punctuation-space', 'Vậy sao ?', 'Vậy sao?'],
  ['normalise/punctuation-space', 'Hà Nội , Huế .', 'Hà Nội, Huế.'],
  ['normalise/punctuation-space', 'học tập. , quán triệt', 'học tập., quán triệt'],
  ['normalise/punctuation-space', '“Không” , anh nói', '“Không”, anh nói'],
]

const keeps: [why: string, input: string][] = [
  ['decimal after a space', 'giá 1 .5 triệu'],
  ['time with spaces', 'lúc 10 : 30 sáng'],
  ['emoticon', 'vui quá :) nhé'],
  ['domain', 'xem tại site .com nhé'],
  ['ZWJ inside emoji', 'gia đình 👨\u200d👩\u200d👧 vui'],
  ['a whole Cyrillic word', 'Владимир Путин phát biểu'],
  ['Ð in a word that is not Vietnamese', 'Ðorđević'],
  ['an ellipsis that opens a phrase', 'Và …rồi'],
]

describe('normaliser rule table', () => {
  it.each(changes)('%s: %j → %j', (rule, input, expected) => {
    const result = run(input)
    expect(result.text).toBe(expected)
    expect(result.edits.map((e) => e.ruleId)).toContain(rule)
  })

  it.each(changes)('%s can be switched off: %j', (rule, input) => {
    const result = run(input, options('preserve', [rule]))
    expect(result.edits.map((e) => e.ruleId)).not.toContain(rule)
  })

  it.each(keeps)('leaves %s alone: %j', (_why, input) => {
    const result = run(input)
    expect(result.text).toBe(input)
    expect(result.edits).toEqual([])
  })
})
