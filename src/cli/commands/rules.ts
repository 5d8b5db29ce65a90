/** `vnclean rules`: every rule id, its stage, what it does, on by default or not. */
import { ALL_RULES } from '../../rules/index.js'
import type { Io } from '../io.js'

export function runRules(options: { json?: boolean }, io: Io): number {
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(ALL_RULES, null, 2)}\n`)
    return 0
  }
  const width = Math.max(...ALL_RULES.map((rule) => rule.id.length))
  for (const rule of ALL_RULES) {
    const state = rule.defaultOn ? 'on ' : 'off'
    io.stdout.write(`${rule.id.padEnd(width)}  ${state}  ${rule.description}\n`)
  }
  return 0
}
