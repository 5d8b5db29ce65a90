/**
 * Fixture discovery: a fixture is a folder with `input.txt`, an optional `options.json`, and
 * `expected.json` and/or `expected.md`. Paths name fixture folders, a fixture's input.txt,
 * or folders searched (recursively) for fixtures.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'

export const INPUT_FILE = 'input.txt'
export const OPTIONS_FILE = 'options.json'
export const EXPECTED_FILES = { json: 'expected.json', md: 'expected.md' } as const
export type ExpectedKind = keyof typeof EXPECTED_FILES

export interface Fixture {
  /** Absolute folder. */
  dir: string
  /** The folder as shown: relative to the working folder when below it. */
  shown: string
  /** Which expected files exist. */
  expected: Record<ExpectedKind, boolean>
  hasOptions: boolean
}

/** A path that names no fixture: a usage error for the CLI. */
export class FixtureError extends Error {
  override name = 'FixtureError'
}

export async function findFixtures(paths: readonly string[], cwd: string): Promise<Fixture[]> {
  const dirs = new Set<string>()
  for (const arg of paths) {
    const absolute = path.resolve(cwd, arg)
    const info = await stat(absolute).catch(() => null)
    if (info === null) throw new FixtureError(`${arg}: no such file or folder`)
    if (info.isFile()) {
      if (path.basename(absolute) !== INPUT_FILE) {
        throw new FixtureError(`${arg}: not a fixture (expected a folder with ${INPUT_FILE})`)
      }
      dirs.add(path.dirname(absolute))
      continue
    }
    const inputs = await glob(`**/${INPUT_FILE}`, {
      cwd: absolute,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**', '**/.*/**'],
    })
    if (inputs.length === 0) {
      throw new FixtureError(`${arg}: no fixtures in it (folders with ${INPUT_FILE})`)
    }
    for (const input of inputs) dirs.add(path.dirname(path.resolve(input)))
  }
  const fixtures = await Promise.all([...dirs].sort().map((dir) => describeFixture(dir, cwd)))
  return fixtures
}

async function describeFixture(dir: string, cwd: string): Promise<Fixture> {
  const exists = async (name: string): Promise<boolean> =>
    (await stat(path.join(dir, name)).catch(() => null))?.isFile() === true
  return {
    dir,
    shown: shownPath(dir, cwd),
    expected: { json: await exists(EXPECTED_FILES.json), md: await exists(EXPECTED_FILES.md) },
    hasOptions: await exists(OPTIONS_FILE),
  }
}

/** Relative to `cwd` when below it, with `/` separators; absolute otherwise. */
export function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  if (relative === '') return '.'
  if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute
  return relative.split(path.sep).join('/')
}
