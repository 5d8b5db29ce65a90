/**
 * `vnclean rules`: every rule id, its stage, whether it is on (by default, or as --enable and
 * --disable leave it), and what it removes, changes or recognises.
 */
import { ALL_RULES, isRuleEnabled } from '../../rules/catalog.js'
import type { Io } from '../io.js'
import { createSettingsResolver, type ConfigOption } from '../config-settings.js'

export interface RulesOptions extends ConfigOption {
  json?: boolean
  enable?: string
  disable?: string
}

/** The config file of the working folder (or --config) counts, as for the other commands. */
export async function runRules(options: RulesOptions, io: Io): Promise<number> {
  const settings = await createSettingsResolver(options, io)(null)
  const rules = ALL_RULES.map((rule) => ({ ...rule, enabled: isRuleEnabled(rule, settings) }))
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`)
    return 0
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length))
  const stageWidth = Math.max(...rules.map((rule) => rule.stage.length))
  for (const rule of rules) {
    const state = rule.enabled ? 'on ' : 'off'
    io.stdout.write(
      `${rule.id.padEnd(idWidth)}  ${rule.stage.padEnd(stageWidth)}  ${state}  ${rule.description}\n`,
    )
  }
  return 0
}
