// The floor of the benchmark: the least any tool must do with the corpus — read every file,
// NFC, split into lines, write one JSON object per document. Usage: node bench-floor.js DIR
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = process.argv[2]
if (root === undefined) {
  process.stderr.write('usage: node scripts/bench-floor.js DIR\n')
  process.exit(2)
}
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort()
let pending = ''
for (const file of files) {
  const lines = readFileSync(file, 'utf8')
    .normalize('NFC')
    .split(/\r\n|\r|\n/u)
  pending += `${JSON.stringify({ file, lines })}\n`
  if (pending.length > 1 << 20) {
    process.stdout.write(pending)
    pending = ''
  }
}
process.stdout.write(pending)
