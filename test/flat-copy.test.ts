import { describe, expect, it } from 'vitest'
import { flatCopy } from '../src/text/flat-copy.js'

describe('flatCopy', () => {
  it('gives the same text, short or long, cut from a longer one or not', () => {
    const text = 'Th«ng tin vÒ ®Êt n­íc\nTiếng Việt 😀 có dấu\n\ud83d\nabc\n'
    const samples = [...text.split('\n'), text, '', 'x', 'a'.repeat(12), 'a'.repeat(13)]
    // Every cut of the text, so that a surrogate pair is split at the copy's seam too.
    for (let from = 0; from < text.length; from++) samples.push(text.slice(from, from + 20))
    for (const sample of samples) {
      const copy = flatCopy(sample)
      expect(copy).toBe(sample)
      expect(copy.length).toBe(sample.length)
    }
  })
})
