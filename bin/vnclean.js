#!/usr/bin/env node
// vnclean's command-line entry; the program itself is bundled in dist/ by `npm run build`.
import { existsSync } from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('vnclean: dist/ is missing; run `npm run build` (or `npm ci`) first\n')
  process.exitCode = 1
} else {
  await import(cli.href)
}
