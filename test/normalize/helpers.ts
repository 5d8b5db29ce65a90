import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  normalizeLine,
  type NormalizeOptions,
  type TextEdit,
  type ToneCounts,
} from '../../src/normalize/index.js'
import type { ToneStyleOption } from '../../src/types.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const vectorsDir = path.join(repoRoot, 'test/vectors')

export function readVector<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(vectorsDir, name), 'utf8')) as T
}

export function options(
  toneStyle: ToneStyleOption = 'preserve',
  disabled: string[] = [],
): NormalizeOptions {
  return { toneStyle, isEnabled: (id) => !disabled.includes(id) }
}

export interface Run {
  text: string
  edits: TextEdit[]
  tones: ToneCounts
}

/** Normalise one line with fresh edit and tone collectors. */
export function run(line: string, opts: NormalizeOptions = options()): Run {
  const edits: TextEdit[] = []
  const tones: ToneCounts = { old: 0, new: 0 }
  return { text: normalizeLine(line, 1, opts, edits, tones), edits, tones }
}
