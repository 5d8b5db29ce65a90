/** Spawning the real binary (bin/vnclean.js → dist/, built by `npm test` before vitest runs). */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const bin = path.join(root, 'bin/vnclean.js')
export const fixtures = path.join(root, 'fixtures')

export interface Spawned {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function vnclean(
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } & Pick<
    SpawnSyncOptions,
    'uid' | 'gid'
  > = {},
): Spawned {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  })
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  }
}

/** Start the binary without waiting; `done` settles when it exits. */
export function startVnclean(args: readonly string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const done = new Promise<Spawned>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

export function tempDir(prefix = 'vnclean-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}
