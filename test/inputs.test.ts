// The inputs as a stream: what the walk yields, what it counts, and whether a path is an input
// (answered without a list of them), on a real folder tree with the awkward cases in it.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandInputs, listInputs, type InputProblem } from '../src/cli/inputs.js'
import { tempDir } from './helpers/vnclean.js'

/** A tree with nested folders, hidden entries, other extensions, an out folder and links. */
function tree(): { dir: string; root: string; out: string } {
  const dir = tempDir()
  const root = path.join(dir, 'in')
  const files = [
    'a.txt',
    'b.TXT',
    'c.md',
    '.hidden.txt',
    'z/deep/1.txt',
    'z/deep/2.txt',
    'm/x.txt',
    'm/.secret/y.txt',
    'out/old.txt',
    'out/nested/o.txt',
  ]
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), 'Tin tức\n')
  }
  writeFileSync(path.join(dir, 'outside.txt'), 'Tin\n')
  symlinkSync(path.join(root, 'z'), path.join(root, 'm', 'link-to-z'))
  symlinkSync(root, path.join(root, 'z', 'loop'))
  symlinkSync(path.join(dir, 'outside.txt'), path.join(root, 'linked.txt'))
  symlinkSync(path.join(dir, 'missing.txt'), path.join(root, 'broken.txt'))
  return { dir, root, out: path.join(root, 'out') }
}

/** Every path below a folder, links not followed, the way `ls -R` shows them. */
function everyPath(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? [full, ...everyPath(full)] : [full]
  })
}

describe('inputs as a stream', () => {
  it('yields each folder sorted, depth first, skipping hidden entries, loops and the out folder', async () => {
    const { dir, root, out } = tree()
    const problems: InputProblem[] = []
    const list = await listInputs([root], {
      cwd: dir,
      extensions: ['txt'],
      exclude: out,
      onProblem: (problem) => problems.push(problem),
    })
    const shown: string[] = []
    for await (const source of list.sources()) shown.push(source.relative)
    expect(shown).toEqual([
      'a.txt',
      'b.TXT',
      'linked.txt',
      'm/link-to-z/deep/1.txt',
      'm/link-to-z/deep/2.txt',
      'm/x.txt',
      'z/deep/1.txt',
      'z/deep/2.txt',
    ])
    expect(list.count).toBe(shown.length)
    // Problems come from the first walk only, once each.
    expect(problems.map((p) => [path.relative(root, p.path), p.message, p.failed])).toEqual([
      ['broken.txt', 'broken symbolic link', true],
      ['m/link-to-z/loop', 'symbolic link loop, not followed', false],
      ['z/loop', 'symbolic link loop, not followed', false],
    ])
  })

  it('answers isInput for every path of the tree as the walk would, without listing', async () => {
    const { dir, root, out } = tree()
    const options = { cwd: dir, extensions: ['txt'], exclude: out }
    const walked = new Set((await expandInputs([root], options)).map((s) => s.absolute))
    const list = await listInputs([root], options)
    const candidates = [
      ...everyPath(dir),
      path.join(root, 'new.txt'),
      path.join(root, 'z', 'deep', '3.txt'),
      path.join(dir, 'in2', 'a.txt'),
    ]
    for (const candidate of candidates) {
      expect([candidate, await list.isInput(candidate)]).toEqual([candidate, walked.has(candidate)])
    }
  })

  it('treats the out folder as inputs when it is the input folder itself, or above it', async () => {
    const { dir, root } = tree()
    for (const exclude of [root, dir]) {
      const list = await listInputs([root], { cwd: dir, extensions: ['txt'], exclude })
      expect(await list.isInput(path.join(root, 'out', 'old.txt'))).toBe(true)
    }
  })

  it('reads a folder when the walk reaches it, not before', async () => {
    const { dir, root } = tree()
    const list = await listInputs([root], { cwd: dir, extensions: ['txt'] })
    const sources = list.sources()
    const first = await sources.next()
    expect(first.value?.relative).toBe('a.txt')
    // Written after the walk began, in a folder it has not reached yet: a list made up front
    // would not have it.
    writeFileSync(path.join(root, 'out', 'new.txt'), 'Tin\n')
    const rest: string[] = []
    for await (const source of sources) rest.push(source.relative)
    expect(rest).toContain('out/new.txt')
    // Counted before the file existed: the first one and the rest are one more than the count.
    expect(rest.length).toBe(list.count)
  })

  it('files and globs as given, in order; `keep` chooses what is counted and yielded', async () => {
    const { dir, root } = tree()
    const args = [path.join(root, 'z', 'deep'), 'in/m/*.txt', 'outside.txt']
    const options = { cwd: dir, extensions: ['txt'] }
    const all: (string | null)[] = []
    for await (const source of (await listInputs(args, options)).sources()) all.push(source.path)
    expect(all).toEqual([
      path.join('in', 'z', 'deep', '1.txt'),
      path.join('in', 'z', 'deep', '2.txt'),
      path.join('in', 'm', 'x.txt'),
      'outside.txt',
    ])
    const list = await listInputs(args, {
      ...options,
      keep: (source) => source.relative.endsWith('1.txt') || source.relative === 'outside.txt',
    })
    const kept: (string | null)[] = []
    for await (const source of list.sources()) kept.push(source.path)
    expect(kept).toEqual([path.join('in', 'z', 'deep', '1.txt'), 'outside.txt'])
    expect(list.count).toBe(2)
    // Left out of this run, still an input: never to be overwritten.
    expect(await list.isInput(path.join(dir, 'outside.txt'))).toBe(true)
    expect(await list.isInput(path.join(root, 'm', 'x.txt'))).toBe(true)
    expect(await list.isInput(path.join(root, 'a.txt'))).toBe(false)
  })
})
