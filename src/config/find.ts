/** Find the config file that applies to a folder: the nearest vnclean.config.json walking up. */
import { stat } from 'node:fs/promises'
import path from 'node:path'

export const CONFIG_FILE_NAME = 'vnclean.config.json'

/**
 * A finder that remembers each folder it has looked at (one finder per run: no module state),
 * so a batch over thousands of files in a few folders costs a few stat calls.
 */
export function createConfigFinder(): (folder: string) => Promise<string | null> {
  const found = new Map<string, Promise<string | null>>()
  const find = (folder: string): Promise<string | null> => {
    let result = found.get(folder)
    if (result === undefined) {
      result = lookIn(folder).then((file) => {
        if (file !== null) return file
        const parent = path.dirname(folder)
        return parent === folder ? null : find(parent)
      })
      found.set(folder, result)
    }
    return result
  }
  return find
}

async function lookIn(folder: string): Promise<string | null> {
  const candidate = path.join(folder, CONFIG_FILE_NAME)
  const info = await stat(candidate).catch(() => null)
  return info?.isFile() === true ? candidate : null
}
