/**
 * Whether and how much colour, from the flag, the environment and the stream — decided by the
 * CLI (which has them) and handed to reporters as a chalk level. Order: --color/--no-color,
 * then NO_COLOR (any non-empty value: none), then FORCE_COLOR (0 or false: none; 1, 2, 3:
 * that level; empty or true: 1), then no colour when the stream is not a terminal or
 * TERM=dumb, else the level the terminal announces.
 */

export type ColorLevel = 0 | 1 | 2 | 3

export interface ColorInputs {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag: boolean | undefined
  env: Readonly<Record<string, string | undefined>>
  isTTY: boolean
}

export function colorLevel(inputs: ColorInputs): ColorLevel {
  const { flag, env } = inputs
  if (flag === false) return 0
  if (flag === true) return Math.max(1, terminalLevel(env)) as ColorLevel
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  const forced = env.FORCE_COLOR
  if (forced !== undefined) {
    if (forced === '' || forced === 'true') return 1
    if (forced === '0' || forced === 'false') return 0
    const level = Number(forced)
    if (level === 1 || level === 2 || level === 3) return level
    return 1
  }
  if (!inputs.isTTY || env.TERM === 'dumb') return 0
  return Math.max(1, terminalLevel(env)) as ColorLevel
}

function terminalLevel(env: Readonly<Record<string, string | undefined>>): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3
  if (env.TERM !== undefined && env.TERM.endsWith('-256color')) return 2
  return 1
}
