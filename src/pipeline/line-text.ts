/**
 * Gives a line its text: the list marker split off, the content lower-cased once (the features,
 * the phrase lists and the canonical form all read it in lower case) and measured.
 */
import type { LineData } from './tree.js'
import { splitBullet } from './bullet.js'
import { computeFeatures } from './features.js'

export function setLineText(data: LineData, text: string): void {
  const { bullet, content } = splitBullet(text)
  const lower = content.toLowerCase()
  data.text = text
  data.bullet = bullet
  data.content = content
  data.lower = lower
  data.features = computeFeatures(content, lower)
}
