// Config files: the pattern screen, schema validation with pointers, discovery walking up,
// merging (config ← options.json ← command line), and the binary finding, merging, rejecting.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createConfigFinder } from '../src/config/find.js'
import { patternProblem } from '../src/config/safe-pattern.js'
import { configToSettings, stackSettings } from '../src/config/to-settings.js'
import { createConfigValidator } from '../src/config/validate.js'
import { createSettingsResolver, withConfigDefaults } from '../src/cli/config-settings.js'
import type { Io } from '../src/cli/io.js'
import { tempDir, vnclean } from './check/spawn.js'

const PARAGRAPH =
  'Chính phủ đã ban hành nghị quyết về việc bảo đảm hòa bình và thủy lợi cho người dân trong cả nước.'
const ARTICLE = [
  'Tiêu đề của bài báo hôm nay',
  '',
  PARAGRAPH,
  '',
  'Chia sẻ',
  '',
  'Theo kế hoạch, các bộ ngành sẽ phối hợp với địa phương để triển khai những giải pháp cụ thể trong năm tới.',
  '',
  'Mã tin Báo Mẫu 2024 0815 A',
  '',
  'Người dân nhiều nơi bày tỏ sự đồng tình với chủ trương này và mong được triển khai sớm.',
  '',
].join('\n')

function fakeIo(cwd: string): Io & { errors: () => string } {
  const stderr = new PassThrough()
  let errors = ''
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    env: {},
    cwd,
    signal: new AbortController().signal,
    errors: () => errors,
  }
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`)
}

describe('pattern screen', () => {
  it.each([
    '^Hotline: \\d+',
    '^Bản quyền .* Báo Mẫu$',
    '^(?:Tin|Bài) liên quan:',
    '[\\p{Lu}]{3,}\\s\\d+',
    '^\\u{1F4F7} Ảnh',
    '(?<label>Nguồn):\\s?\\S+',
    '^(?:ab){2}c?$',
    '(a|b)?c',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeNull()
  })

  it.each([
    ['(a+)+$', /quantifier inside a repeated group/u],
    ['(?:\\s*x)*', /quantifier inside a repeated group/u],
    ['((ab)*c)+', /quantifier inside a repeated group/u],
    ['(a|ab)*c', /alternation inside a repeated group/u],
    ['(?:x|y){2,}', /alternation inside a repeated group/u],
    ['(a)\\1', /back-references/u],
    ['(?<w>a)\\k<w>', /back-references/u],
    ['.*a.*b.*c', /more than 2 unbounded quantifiers/u],
    ['[unclosed', /^invalid regular expression: /u],
    ['a{2,1}', /^invalid regular expression: /u],
    ['x'.repeat(201), /longer than 200 characters/u],
  ])('refuses %s', (pattern, reason) => {
    expect(patternProblem(pattern)).toMatch(reason)
  })

  it('takes time linear in the pattern (no backtracking of its own)', () => {
    const long = `${'(?:a)'.repeat(39)}b`
    const started = performance.now()
    for (let i = 0; i < 1000; i++) patternProblem(long)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('config validation', () => {
  const validate = createConfigValidator()
  const problems = (value: unknown) => {
    const result = validate(value)
    return result.ok ? [] : result.problems.map((p) => `${p.pointer}: ${p.message}`)
  }

  it('accepts a full config', () => {
    expect(
      problems({
        $schema: './node_modules/vnclean/schema/config.schema.json',
        strip: { phrases: ['Bản quyền thuộc về Báo Mẫu'], patterns: ['^Hotline: \\d+'] },
        rules: { enable: ['strip/nav-menu'], disable: ['strip/breadcrumb'] },
        format: 'md',
        pretty: true,
        toneStyle: 'new',
        encoding: 'windows-1258',
        ext: ['txt', 'text'],
      }),
    ).toEqual([])
    expect(problems({})).toEqual([])
  })

  it('names the key of every problem', () => {
    expect(
      problems({
        strip: { phrases: [''], patterns: ['(a+)+'], extra: 1 },
        rules: { disable: ['nav-menu'] },
        format: 'xml',
        pretty: 'yes',
        ext: ['.txt'],
        colour: true,
      }),
    ).toEqual([
      '/colour: unknown key (allowed: $schema, strip, rules, format, pretty, toneStyle, encoding, ext)',
      '/strip/extra: unknown key (allowed: phrases, patterns)',
      '/strip/phrases/0: must not be empty',
      "/rules/disable/0: 'nav-menu' is not a rule id (like strip/nav-menu; see 'vnclean rules')",
      "/format: must be one of json, md, text (got 'xml')",
      "/pretty: must be a boolean (got 'yes')",
      "/ext/0: '.txt' must match ^[A-Za-z0-9_-]+$",
    ])
    expect(
      problems({
        rules: { disable: ['strip/x', 'strip/nav-menu'], enable: ['strip/nav-menu'] },
        strip: { patterns: ['ok', '(a|ab)*'] },
        encoding: 'klingon',
      }),
    ).toEqual([
      "/rules/disable/0: unknown rule id 'strip/x' (see 'vnclean rules')",
      "/rules/disable/1: rule 'strip/nav-menu' is both enabled and disabled",
      '/strip/patterns/1: alternation inside a repeated group (like `(a|ab)*`) can take exponential time',
      "/encoding: unknown encoding 'klingon' (expected one of utf-8, utf-16le, utf-16be, tcvn3, vni, viscii, cp1258, windows-1252, latin1)",
    ])
    expect(problems([])).toEqual([': must be an object (got [])'])
  })
})

describe('config discovery and merging', () => {
  it('finds the nearest vnclean.config.json walking up, remembering each folder', async () => {
    const dir = tempDir()
    writeJson(path.join(dir, 'vnclean.config.json'), {})
    writeJson(path.join(dir, 'a/b/vnclean.config.json'), {})
    mkdirSync(path.join(dir, 'a/b/c/d'), { recursive: true })
    mkdirSync(path.join(dir, 'a/x'), { recursive: true })
    mkdirSync(path.join(dir, 'a/b/vnclean.config.json.d'), { recursive: true })
    const find = createConfigFinder()
    expect(await find(path.join(dir, 'a/b/c/d'))).toBe(path.join(dir, 'a/b/vnclean.config.json'))
    expect(await find(path.join(dir, 'a/x'))).toBe(path.join(dir, 'vnclean.config.json'))
    expect(await find(dir)).toBe(path.join(dir, 'vnclean.config.json'))
  })

  it('stacks settings: later rule switches win, phrases and patterns add up', () => {
    const base = configToSettings({
      rules: { disable: ['strip/nav-menu', 'strip/poll'] },
      strip: { phrases: ['A'], patterns: ['^x'] },
      toneStyle: 'old',
    })
    const over = configToSettings({
      rules: { enable: ['strip/nav-menu'] },
      strip: { phrases: ['B'] },
      toneStyle: 'new',
      encoding: 'windows-1258',
    })
    const stacked = stackSettings(base, over)
    expect([...(stacked.disabled ?? [])]).toEqual(['strip/poll'])
    expect([...(stacked.enabled ?? [])]).toEqual(['strip/nav-menu'])
    expect(stacked.sitePhrases).toEqual(['A', 'B'])
    expect(stacked.sitePatterns?.map(String)).toEqual(['/^x/u'])
    expect(stacked.toneStyle).toBe('new')
    expect(stacked.encoding).toBe('cp1258')
  })

  it('resolves settings per folder: config ← command line', async () => {
    const dir = tempDir()
    writeJson(path.join(dir, 'site/vnclean.config.json'), {
      rules: { disable: ['strip/page-widget'] },
      strip: { phrases: ['Bản quyền thuộc về Báo Mẫu Điện Tử'] },
      toneStyle: 'new',
      format: 'md',
    })
    mkdirSync(path.join(dir, 'other'))
    const io = fakeIo(dir)
    const resolve = createSettingsResolver({ enable: 'strip/page-widget' }, io)
    const site = await resolve('site/a.txt')
    expect(site.toneStyle).toBe('new')
    expect(site.sitePhrases).toEqual(['Bản quyền thuộc về Báo Mẫu Điện Tử'])
    expect(site.disabled.has('strip/page-widget')).toBe(false)
    expect(await resolve('site/b.txt')).toBe(site)
    const other = await resolve('other/a.txt')
    expect(other.toneStyle).toBe('preserve')
    expect(other.sitePhrases).toEqual([])
    expect((await createSettingsResolver({ toneStyle: 'old' }, io)('site/a.txt')).toneStyle).toBe(
      'old',
    )
    expect((await createSettingsResolver({ config: false }, io)('site/a.txt')).toneStyle).toBe(
      'preserve',
    )
    // Run defaults come from the working folder's config (here: none), or --config.
    expect(await withConfigDefaults({}, io)).toEqual({})
    expect(await withConfigDefaults({ config: 'site/vnclean.config.json' }, io)).toEqual({
      config: 'site/vnclean.config.json',
      format: 'md',
    })
    expect(
      await withConfigDefaults({ config: 'site/vnclean.config.json', format: 'json' as const }, io),
    ).toMatchObject({ format: 'json' })
    expect(() => createSettingsResolver({ disable: 'strip/nope' }, io)).toThrow(
      /unknown rule id 'strip\/nope'/u,
    )
  })
})

describe('config with the binary', () => {
  function site(config: unknown): string {
    const dir = tempDir()
    writeJson(path.join(dir, 'site/vnclean.config.json'), config)
    mkdirSync(path.join(dir, 'site/news'), { recursive: true })
    writeFileSync(path.join(dir, 'site/news/a.txt'), ARTICLE)
    return dir
  }
  const texts = (stdout: string) =>
    (JSON.parse(stdout) as { blocks: { text: string }[] }).blocks.map((b) => b.text)
  const removed = (stdout: string) =>
    (JSON.parse(stdout) as { removed: { rule: string; text: string }[] }).removed.map(
      (r) => `${r.rule} ${r.text}`,
    )

  it('is found by walking up from the input, and strips its phrases and patterns', () => {
    const dir = site({ strip: { phrases: ['Chia sẻ'], patterns: ['^Mã tin Báo Mẫu [\\d ]+A$'] } })
    const { code, stdout, stderr } = vnclean(['site/news/a.txt'], { cwd: dir })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(removed(stdout)).toEqual([
      'strip/site-phrase Chia sẻ',
      'strip/site-phrase Mã tin Báo Mẫu 2024 0815 A',
    ])
    // Without it, the same lines are not removed by that rule.
    const bare = vnclean(['site/news/a.txt', '--no-config'], { cwd: dir })
    expect(removed(bare.stdout)).toEqual(['strip/page-widget Chia sẻ'])
    expect(texts(bare.stdout)).toContain('Mã tin Báo Mẫu 2024 0815 A')
  })

  it('merges with the command line: the command line wins', () => {
    const dir = site({ rules: { disable: ['strip/page-widget'] }, toneStyle: 'new' })
    const fromConfig = vnclean(['site/news/a.txt'], { cwd: dir })
    expect(texts(fromConfig.stdout)).toContain('Chia sẻ')
    expect(texts(fromConfig.stdout).join('\n')).toContain('hoà bình và thuỷ lợi')
    const overridden = vnclean(
      ['site/news/a.txt', '--enable', 'strip/page-widget', '--tone-style', 'preserve'],
      { cwd: dir },
    )
    expect(texts(overridden.stdout)).not.toContain('Chia sẻ')
    expect(texts(overridden.stdout).join('\n')).toContain('hòa bình và thủy lợi')
  })

  it('gives default options: format, ext (from the working folder, or --config)', () => {
    const dir = site({ format: 'text', ext: ['article'] })
    writeFileSync(path.join(dir, 'site/news/b.article'), ARTICLE)
    const here = vnclean(['news'], { cwd: path.join(dir, 'site') })
    expect(here.code).toBe(0)
    expect(here.stdout.startsWith('Tiêu đề của bài báo hôm nay\n')).toBe(true)
    const named = vnclean(['site/news/a.txt', '--config', 'site/vnclean.config.json'], { cwd: dir })
    expect(named.stdout.startsWith('Tiêu đề')).toBe(true)
    const overridden = vnclean(
      ['site/news/a.txt', '--config', 'site/vnclean.config.json', '--format', 'json'],
      { cwd: dir },
    )
    expect(JSON.parse(overridden.stdout)).toHaveProperty('schemaVersion')
  })

  it('applies to check and explain too', () => {
    const dir = site({ rules: { disable: ['strip/page-widget'] } })
    const explained = vnclean(['explain', 'site/news/a.txt'], { cwd: dir })
    expect(explained.stdout).toMatch(/\n 5 {3}heading +Chia sẻ\n/u)
    const linted = vnclean(['check', '--lint', 'site/news/a.txt', '-r', 'json'], { cwd: dir })
    expect(linted.stdout).not.toContain('strip/page-widget')
  })

  it('is rejected when wrong: one line per problem naming file and key, exit 2', () => {
    const dir = site({
      rules: { disable: ['strip/x'] },
      strip: { patterns: ['(a+)+$'] },
      format: 'xml',
    })
    const { code, stdout, stderr } = vnclean(['site/news/a.txt'], { cwd: dir })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      "vnclean: site/vnclean.config.json: /format: must be one of json, md, text (got 'xml')\n",
    )
    writeJson(path.join(dir, 'site/vnclean.config.json'), {
      rules: { disable: ['strip/x'] },
      strip: { patterns: ['(a+)+$'] },
    })
    const semantic = vnclean(['site/news/a.txt'], { cwd: dir })
    expect(semantic.code).toBe(2)
    expect(semantic.stderr).toBe(
      "vnclean: site/vnclean.config.json: /rules/disable/0: unknown rule id 'strip/x' (see 'vnclean rules')\n" +
        'vnclean: site/vnclean.config.json: /strip/patterns/0: a quantifier inside a repeated group (like `(a+)+`) can take exponential time\n',
    )
    writeFileSync(path.join(dir, 'site/vnclean.config.json'), '{ "format": "md", }')
    const broken = vnclean(['site/news/a.txt'], { cwd: dir })
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^vnclean: site\/vnclean\.config\.json: not valid JSON: .+\n$/u)
    for (const args of [
      ['explain', 'site/news/a.txt'],
      ['check', '--lint', 'site/news/a.txt'],
    ]) {
      const result = vnclean(args, { cwd: dir })
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^vnclean: site\/vnclean\.config\.json: not valid JSON/u)
    }
    const missing = vnclean(['site/news/a.txt', '--config', 'nope.json'], { cwd: dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('vnclean: nope.json: no such file\n')
  })
})
