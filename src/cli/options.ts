/** Command-line options shared by the commands, parsed and checked once into a plain object. */
import { UsageError } from './io.js'
import type { ToneStyleOption } from '../types.js'

export type OutputFormat = 'json' | 'md' | 'text'
export const FORMATS: readonly OutputFormat[] = ['json', 'md', 'text']
export const TONE_STYLES: readonly ToneStyleOption[] = ['preserve', 'old', 'new']

export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got '${value}')`)
}

export function parseList(value: string | undefined): string[] {
  if (value === undefined) return []
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export function parsePositiveInt(name: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new UsageError(`--${name} takes a whole number of at least 1 (got '${value}')`)
  }
  return number
}
