// The rule catalog (ids, descriptions, defaults) and the rules' code are separate modules, so
// that the CLI can check options and list rules without loading the pipeline. These tests keep
// the two in step, and keep the pipeline out of what the batch coordinator loads.
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../../src/rules/catalog.js'
import { STRIP_RULES } from '../../src/rules/index.js'
import { STRIP_RULE_META } from '../../src/rules/strip/catalog.js'

/** Where the pipeline's code lives, and the metadata-only modules among it. */
const PIPELINE = /^src\/(?:pipeline|normalize|structure|lang|emit|rules|decode)\//u
const LIGHT = [
  'src/rules/catalog.ts',
  'src/rules/strip/catalog.ts',
  'src/rules/rule-meta.ts',
  'src/normalize/rules.ts',
  'src/structure/rules.ts',
  'src/decode/error.ts',
  'src/decode/encodings.ts',
]

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Source modules `entry` loads when it is loaded (dynamic imports are left for later). */
async function staticallyLoaded(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    splitting: true,
    outdir: 'out',
    metafile: true,
    external: ['piscina'],
    logLevel: 'silent',
  })
  const graph = result.metafile.inputs
  const seen = new Set<string>()
  const stack = [entry]
  while (stack.length > 0) {
    const file = stack.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const edge of graph[file]?.imports ?? []) {
      if (edge.kind !== 'dynamic-import') stack.push(edge.path)
    }
  }
  return [...seen].filter((file) => file.startsWith('src/')).sort()
}

describe('the rule catalog', () => {
  it('lists the strip rules the strip stage runs, in the same order, with the same fields', () => {
    expect(STRIP_RULES.map((rule) => rule.id)).toEqual(STRIP_RULE_META.map((rule) => rule.id))
    for (const [i, rule] of STRIP_RULES.entries()) {
      const { id, stage, description, defaultOn } = rule
      expect({ id, stage, description, defaultOn }).toEqual(STRIP_RULE_META[i])
    }
  })

  it('has one entry per rule id', () => {
    const ids = ALL_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(['src/cli/commands/clean.ts', 'src/cli/commands/rules.ts', 'src/rules/catalog.ts'])(
    '%s loads no part of the pipeline (the main thread of a run on workers stays small)',
    async (entry) => {
      const loaded = await staticallyLoaded(entry)
      const pipeline = loaded.filter((file) => PIPELINE.test(file) && !LIGHT.includes(file))
      expect(pipeline).toEqual([])
    },
  )
})
