/** Read one config file: JSON, then validated; every failure is a ConfigError naming the file. */
import { readFile } from 'node:fs/promises'
import { ConfigError, type LoadedConfig } from './types.js'
import type { createConfigValidator } from './validate.js'

export type ConfigValidator = ReturnType<typeof createConfigValidator>

/**
 * @param absolute the file to read
 * @param shown the file as messages name it (relative to the working folder when below it)
 */
export async function loadConfigFile(
  absolute: string,
  shown: string,
  validate: ConfigValidator,
): Promise<LoadedConfig> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    const message =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(error)
    throw new ConfigError(shown, [{ pointer: '', message }])
  }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(shown, [{ pointer: '', message: `not valid JSON: ${reason}` }])
  }
  const result = validate(value)
  if (!result.ok) throw new ConfigError(shown, result.problems)
  return { path: absolute, config: result.config }
}
