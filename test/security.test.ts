// Security guarantees: no network or shell from the tool's code, config is data, outputs never
// escape --out, files are created with the user's umask.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, fixtures, root, tempDir, vnclean } from './helpers/vnclean.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|js)$/u.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('security', () => {
  // Our own code only: the bundle also holds commander, whose executable-subcommand feature
  // (never used here: every command is an action) is the one user of child_process.
  it('no module of src/ reaches the network, a shell or child processes', () => {
    const forbidden =
      /(?:\bfrom ?|\bimport\(|require\()['"](?:node:)?(?:child_process|net|tls|http|https|http2|dgram|dns|inspector)['"]/u
    const offenders = sourceFiles(path.join(root, 'src')).filter((file) =>
      forbidden.test(readFileSync(file, 'utf8')),
    )
    // heap-trim.ts: an in-process inspector session that only asks for a garbage collection
    // (test/robustness/side-effects.test.ts checks that it never opens a port).
    expect(offenders.map((file) => path.relative(root, file))).toEqual([
      path.join('src', 'cli', 'batch', 'heap-trim.ts'),
    ])
  })

  it('no eval or Function constructor in src/ (config is data, never code)', () => {
    const offenders = sourceFiles(path.join(root, 'src')).filter((file) =>
      /\beval\(|new Function\(/u.test(readFileSync(file, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('a config file that looks like code is refused as data, not run', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'vnclean.config.json'), 'module.exports = { run: require("fs") }')
    writeFileSync(
      path.join(dir, 'a.txt'),
      readFileSync(path.join(fixtures, 'counters-and-credit-line/input.txt')),
    )
    const { code, stderr } = vnclean(['a.txt'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^vnclean: vnclean\.config\.json: not valid JSON/u)
  })

  it('outputs are created with the user umask', () => {
    const dir = tempDir()
    writeFileSync(
      path.join(dir, 'a.txt'),
      readFileSync(path.join(fixtures, 'counters-and-credit-line/input.txt')),
    )
    for (const [umask, mode] of [
      ['077', 0o600],
      ['022', 0o644],
    ] as const) {
      const command = `umask ${umask} && "${process.execPath}" "${bin}" a.txt --out out-${umask} -q`
      expect(spawnSync('sh', ['-c', command], { cwd: dir }).status).toBe(0)
      expect(statSync(path.join(dir, `out-${umask}/a.json`)).mode & 0o777).toBe(mode)
    }
  })
})
