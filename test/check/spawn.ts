// Spawns the real binary (bin/vnclean.js → dist/), as a user or a CI job would run it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/vnclean.js')

export interface Spawned {
  code: number | null
  stdout: string
  stderr: string
}

export interface SpawnOptions {
  cwd?: string
  input?: string
  /** Added to a colour-neutral environment (NO_COLOR and FORCE_COLOR removed). */
  env?: Record<string, string>
}

export function vnclean(args: readonly string[], options: SpawnOptions = {}): Spawned {
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...env, ...options.env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'vnclean-check-'))
}
