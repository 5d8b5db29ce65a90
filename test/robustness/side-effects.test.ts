// vnclean reads its inputs and writes its outputs, nothing else: no network, no shell, no code
// loaded from a config file. Checked on the sources and on the bundle that ships (dist/, built
// by `npm test` before the tests run), dependencies included.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers.js'

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => path.join(dir, name))
}

const sources = filesUnder(path.join(repoRoot, 'src'), '.ts')
const bundle = filesUnder(path.join(repoRoot, 'dist'), '.js')

/** Modules that reach the network or start processes. */
const FORBIDDEN_MODULES =
  /(?:from\s*|require\(\s*|import\(\s*)["'](?:node:)?(?:child_process|net|http|https|http2|dgram|dns|tls|cluster|inspector|undici)["']/u
/** The only source file that may load the inspector (in process, never `open()`). */
const HEAP_TRIM = path.join('src', 'cli', 'batch', 'heap-trim.ts')
/** Globals that do the same, or run text as code. */
const FORBIDDEN_CALLS =
  /\b(?:fetch|eval|XMLHttpRequest|WebSocket|EventSource)\s*\(|\bnew\s+Function\s*\(/u

describe('no network, no shell, config is data', () => {
  it('the sources exist', () => {
    expect(sources.length).toBeGreaterThan(20)
  })

  it('no source file imports a network or process module, or calls fetch, eval or Function', () => {
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      const name = path.relative(repoRoot, file)
      // The one exception: heap-trim.ts asks V8 to shrink the main thread's heap through an
      // in-process inspector session (checked below).
      const checked = name === HEAP_TRIM ? text.replaceAll(`import('node:inspector')`, '') : text
      expect(checked, name).not.toMatch(FORBIDDEN_MODULES)
      expect(text, name).not.toMatch(FORBIDDEN_CALLS)
    }
  })

  it('the inspector is used in process only: a session that asks for a garbage collection', () => {
    const text = readFileSync(path.join(repoRoot, HEAP_TRIM), 'utf8')
    // inspector.open() would listen on a port; url() and waitForDebugger() go with it.
    expect(text).not.toMatch(/\.(?:open|url|waitForDebugger|connectToMainThread)\s*\(/u)
    const posts = [...text.matchAll(/\.post\(\s*'([^']*)'/gu)].map((match) => match[1])
    expect(posts).toEqual(['HeapProfiler.collectGarbage'])
  })

  it('every dynamic import names its module literally (nothing is loaded from input or config)', () => {
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bimport\(([^)]*)\)/gu)) {
        expect(match[1]?.trim(), path.relative(repoRoot, file)).toMatch(/^'[^']+'$/u)
      }
    }
  })

  it('every module loaded on first use (createRequire) is named literally too', () => {
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      if (!text.includes('createRequire(')) continue
      const loads = [...text.matchAll(/\bload\(([^)]*)\)/gu)]
      expect(loads.length, path.relative(repoRoot, file)).toBeGreaterThan(0)
      for (const match of loads) {
        expect(match[1]?.trim(), path.relative(repoRoot, file)).toMatch(/^'[^']+'$/u)
      }
    }
  })

  it('config files are read as JSON text, never imported', () => {
    const loader = sources.filter((file) => file.includes(`${path.sep}config${path.sep}`))
    expect(loader.length).toBeGreaterThan(0)
    const text = loader.map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(text).toContain('JSON.parse')
    expect(text).not.toMatch(/\bimport\(|\brequire\(/u)
  })

  it.skipIf(bundle.length === 0)(
    `the bundle reaches no network, and only commander mentions child_process${bundle.length === 0 ? ' (skipped: no dist/, run node scripts/build.js)' : ''}`,
    () => {
      for (const file of bundle) {
        const text = readFileSync(file, 'utf8')
        const name = path.relative(repoRoot, file)
        for (const match of text.matchAll(new RegExp(FORBIDDEN_MODULES.source, 'gu'))) {
          // esbuild marks where each bundled module starts: `// node_modules/<package>/…`.
          const before = text.slice(0, match.index)
          const origin = before.slice(before.lastIndexOf('\n// ') + 4).split('\n')[0] ?? ''
          // commander can run a subcommand as a separate executable; vnclean declares none.
          // heap-trim.ts loads the inspector for an in-process session (the test above).
          expect(`${name}: ${origin}: ${match[0]}`).toMatch(
            /: (?:node_modules\/commander\/lib\/command\.js: [^:]*["'](?:node:)?child_process["']|src\/cli\/batch\/heap-trim\.ts: import\(["']node:inspector["'])$/u,
          )
        }
        expect(text, name).not.toMatch(/\bfetch\s*\(|\bXMLHttpRequest\b|\bnew WebSocket\b/u)
      }
    },
  )

  it('the command line declares no executable subcommands (commander would spawn them)', () => {
    const program = readFileSync(path.join(repoRoot, 'src/cli/program.ts'), 'utf8')
    expect(program).not.toMatch(/executableDir|executableFile|\.command\([^)]*,\s*['"`]/u)
  })
})
