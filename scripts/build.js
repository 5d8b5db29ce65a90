// Bundles the CLI, the batch worker and the library into dist/ with esbuild (fast start-up:
// one file to load instead of hundreds of modules).
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunk names carry content hashes: start from an empty dist/ so stale chunks do not pile up.
rmSync('dist', { recursive: true, force: true })

await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    worker: 'src/cli/batch/worker.ts',
    index: 'src/index.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // piscina locates its own worker script through __dirname: load it from node_modules.
  // iconv-lite loads on first use (src/decode/legacy.ts), from node_modules too.
  external: ['piscina', 'iconv-lite'],
  // CommonJS dependencies (commander, iconv-lite) call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __vncleanRequire } from 'node:module'; const require = __vncleanRequire(import.meta.url);",
  },
})
