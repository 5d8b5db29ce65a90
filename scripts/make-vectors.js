#!/usr/bin/env node
/**
 * Generate the normalisation test vectors in test/vectors/ from real oracles:
 *   - Debian glibc `iconv` (TCVN5712-1, VISCII, CP1258, CP1252, LATIN1) and GNU `recode` (VNI)
 *     encode and mis-decode real sentences taken from the seed articles and the devset; ICU's
 *     `uconv` reads as windows-1252 the bytes glibc's CP1252 refuses (0x81, 0x8D, 0x8F, 0x90,
 *     0x9D have no character there): it gives them the C1 controls U+0081 … as browsers do;
 *   - Debian `hunspell-vi` (/usr/share/hunspell/vi_VN.dic) gives the word list.
 * Needs: apt-get install -y recode hunspell-vi icu-devtools (glibc iconv is in libc-bin).
 * The vectors are committed; the tools are not needed at test time.
 * Usage: node scripts/make-vectors.js [--seeds DIR] [--devset DIR]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const seeds = option('--seeds', path.resolve(root, '../shared/seeds'))
const devset = option('--devset', path.resolve(root, '../shared/devset'))
const out = path.join(root, 'test/vectors')
const DIC = '/usr/share/hunspell/vi_VN.dic'

const run = (tool, toolArgs, input) =>
  execFileSync(tool, toolArgs, { input, stdio: ['pipe', 'pipe', 'pipe'] })
const tryRun = (tool, toolArgs, input) => {
  try {
    return run(tool, toolArgs, input)
  } catch {
    return undefined
  }
}

// 1. Sentences: a few dozen short lines of real news text.
const VIETNAMESE_ONLY = /^[\x20-\x7eÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]+$/u
function sourceLines() {
  const files = []
  for (const dir of [seeds, devset]) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt') && !name.includes('crlf') && name !== 'README.md')
        files.push(path.join(dir, name))
    }
  }
  const lines = []
  for (const file of files) {
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const line = raw.trim().normalize('NFC')
      // Only ASCII and Vietnamese letters, so that every legacy encoding can hold the line.
      if (
        line.length >= 25 &&
        line.length <= 140 &&
        /[ăâđêôơư\u1ea1-\u1ef9]/u.test(line) &&
        VIETNAMESE_ONLY.test(line)
      ) {
        lines.push(line)
      }
    }
  }
  return [...new Set(lines)]
}
const lines = sourceLines()
const UPPER_TONED = /[ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴĐ]/u
const upper = lines.filter((l) => UPPER_TONED.test(l.slice(1))).slice(0, 8)
// Letters whose UTF-8 has a byte windows-1252 leaves without a character (0x81, 0x8D, 0x8F,
// 0x90, 0x9D): read twice, they pass through a C1 control. A sentence for each, if there is one.
const C1_LETTERS = [...'ĐềọỏỐờÁÍÝ']
const step = Math.max(1, Math.floor(lines.length / 32))
const picked = [...lines.filter((_, i) => i % step === 0).slice(0, 32), ...upper]
const c1 = C1_LETTERS.filter((c) => !picked.some((l) => l.includes(c)))
  .map((c) => lines.find((l) => l.includes(c)))
  .filter((l) => l !== undefined)
const sentences = [...new Set([...picked, ...c1])]
if (sentences.length < 20)
  throw new Error(`only ${sentences.length} sentences found; pass --seeds/--devset`)
writeFileSync(path.join(out, 'sentences.txt'), sentences.join('\n') + '\n')

// 2. Legacy bytes and their mis-decoded looks.
const ENCODERS = {
  tcvn3: (s) => run('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], s),
  viscii: (s) => run('iconv', ['-f', 'UTF-8', '-t', 'VISCII'], s),
  cp1258: (s) => run('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], s),
  // recode swaps upper-case Ắ/Ằ against the published VNI chart: leave such sentences out.
  vni: (s) => (/[ẮẰ]/u.test(s) ? undefined : run('recode', ['UTF-8..VNI'], s)),
  'utf-8': (s) => Buffer.from(s, 'utf8'),
}
// glibc refuses the five bytes windows-1252 has no character for; ICU gives them C1 controls
// (and agrees with glibc on the other 251 bytes).
const westernReading = (bytes) =>
  (
    tryRun('iconv', ['-f', 'CP1252', '-t', 'UTF-8'], bytes) ??
    run('uconv', ['-f', 'windows-1252', '-t', 'UTF-8'], bytes)
  ).toString('utf8')
const latin1Reading = (bytes) =>
  run('iconv', ['-f', 'LATIN1', '-t', 'UTF-8'], bytes).toString('utf8')

const legacy = []
const misdecoded = []
for (const text of sentences) {
  for (const [encoding, encode] of Object.entries(ENCODERS)) {
    const bytes = encode(text)
    if (!bytes) continue
    if (encoding !== 'utf-8') legacy.push({ encoding, text, hex: bytes.toString('hex') })
    const cp1252 = westernReading(bytes)
    misdecoded.push({ kind: `${encoding} read as windows-1252`, input: cp1252, expected: text })
    misdecoded.push({
      kind: `${encoding} read as latin1`,
      input: latin1Reading(bytes),
      expected: text,
    })
    if (encoding === 'utf-8') {
      const twice = westernReading(Buffer.from(cp1252, 'utf8'))
      misdecoded.push({ kind: 'utf-8 read as windows-1252 twice', input: twice, expected: text })
      const latin1Twice = latin1Reading(Buffer.from(latin1Reading(bytes), 'utf8'))
      misdecoded.push({ kind: 'utf-8 read as latin1 twice', input: latin1Twice, expected: text })
    }
  }
}
const json = (value) => JSON.stringify(value, null, 1) + '\n'
writeFileSync(path.join(out, 'legacy-bytes.json'), json(legacy))
writeFileSync(path.join(out, 'misdecoded.json'), json(misdecoded))

// 3. The hunspell-vi word list, and the old-style form of its new-style open oa/oe/uy words
//    (tone moved to the first vowel with plain NFD string handling, independent of src/).
const words = readFileSync(DIC, 'utf8')
  .split('\n')
  .slice(1)
  .map((w) => w.split('/')[0].trim().normalize('NFC'))
  .filter(Boolean)
writeFileSync(path.join(out, 'vi-hunspell-words.txt'), words.join('\n') + '\n')
const TONES = String.raw`\u0300\u0301\u0303\u0309\u0323`
const NEW_STYLE = new RegExp(
  `^((?:ch|gh|kh|ngh?|nh|ph|th|tr|[bcdđghk-nprstvx])?)(o)([ae])([${TONES}])$|^((?:ch|kh|nh|ph|th|tr|[bcdđhk-nstvx])?)(u)(y)([${TONES}])$`,
  'iu',
)
const styles = []
for (const word of words) {
  const m = word.normalize('NFD').match(NEW_STYLE)
  if (!m) continue
  const [initial, first, second, tone] = m[1] !== undefined ? m.slice(1, 5) : m.slice(5, 9)
  styles.push({ new: word, old: `${initial}${first}${tone}${second}`.normalize('NFC') })
}
writeFileSync(path.join(out, 'tone-style-old.json'), json(styles))

const versions = {
  iconv: run('iconv', ['--version']).toString().split('\n')[0],
  recode: run('recode', ['--version']).toString().split('\n')[0],
  uconv: run('uconv', ['--version']).toString().trim(),
  'hunspell-vi':
    tryRun('dpkg-query', ['-W', '-f', '${Version}', 'hunspell-vi'])?.toString() ?? 'unknown',
}
writeFileSync(
  path.join(out, 'oracles.json'),
  json({ generatedBy: 'scripts/make-vectors.js', versions }),
)
console.log(
  `${sentences.length} sentences, ${legacy.length} encoded, ${misdecoded.length} mis-decoded, ${words.length} words, ${styles.length} style pairs`,
)
