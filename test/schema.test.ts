// schema/article.schema.json: a valid JSON Schema, in step with the code, shipped in the
// package, and every JSON vnclean writes (fixtures and live CLI output) valid against it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../src/schema-version.js'
import {
  articleProblems,
  assertValidArticle,
  assertValidJsonLines,
} from './helpers/validate-article.js'
import { root, tempDir, vnclean } from './check/spawn.js'

const schemaPath = path.join(root, 'schema/article.schema.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
  $id: string
  properties: { schemaVersion: { const: string } }
  $defs: { block: { properties: { type: { enum: string[] } } } }
}
const fixtures = readdirSync(path.join(root, 'fixtures')).filter((name) =>
  existsSync(path.join(root, 'fixtures', name, 'expected.json')),
)
const sample = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(path.join(root, 'fixtures', fixtures[0] ?? '', 'expected.json'), 'utf8'),
  ) as Record<string, unknown>

describe('the article schema', () => {
  it('is a valid JSON Schema (2020-12) that compiles in strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
    expect(ajv.validateSchema(schema)).toBe(true)
    expect(() => ajv.compile(schema)).not.toThrow()
    const config = JSON.parse(
      readFileSync(path.join(root, 'schema/config.schema.json'), 'utf8'),
    ) as object
    expect(new Ajv2020({ strict: true }).validateSchema(config)).toBe(true)
  })

  it('names the schema version the code writes', () => {
    expect(schema.properties.schemaVersion.const).toBe(SCHEMA_VERSION)
    expect(schema.$id.endsWith(`:${SCHEMA_VERSION}`)).toBe(true)
  })

  it('lists exactly the block types of src/types.ts', () => {
    const types = readFileSync(path.join(root, 'src/types.ts'), 'utf8')
    const union = /export type BlockType =([^;]*?)\n\n/u.exec(`${types}\n\n`)?.[1] ?? ''
    const names = [...union.matchAll(/'([a-z-]+)'/gu)].map((match) => match[1])
    expect(names.length).toBeGreaterThan(0)
    expect([...schema.$defs.block.properties.type.enum].sort()).toEqual(names.sort())
  })

  it('is shipped in the package and exported', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      files: string[]
      exports: Record<string, string>
    }
    expect(pkg.files).toContain('schema')
    expect(pkg.exports['./schema/article.schema.json']).toBe('./schema/article.schema.json')
  })

  it('rejects what is not an article', () => {
    const broken: [string, (article: Record<string, unknown>) => void][] = [
      ['missing field', (a) => delete a.stats],
      ['unknown field', (a) => (a.author = 'x')],
      ['other schema version', (a) => (a.schemaVersion = '0.9.0')],
      ['bad date', (a) => (a.date = '12/12/2022')],
      ['bad lang', (a) => (a.lang = 'vi')],
      ['unknown block type', (a) => ((a.blocks as { type: string }[])[0]!.type = 'figure')],
      ['line 0', (a) => ((a.blocks as { line: number }[])[0]!.line = 0)],
      ['bad rule id', (a) => (a.removed = [{ line: 1, rule: 'go-top', text: 'x' }])],
      [
        'partial false',
        (a) => (a.removed = [{ line: 1, rule: 'strip/x', text: 'x', partial: false }]),
      ],
      ['bad change key', (a) => ((a.normalization as { changes: object }).changes = { nfc: 1 })],
      ['stats out of step', (a) => ((a.stats as { removed: number }).removed += 1)],
      [
        'a line twice',
        (a) =>
          (a.removed = [
            ...(a.removed as object[]),
            { line: (a.blocks as { line: number }[])[0]!.line, rule: 'strip/x', text: 'x' },
          ]),
      ],
    ]
    expect(articleProblems(sample())).toEqual([])
    for (const [name, mutate] of broken) {
      const article = sample()
      mutate(article)
      expect(articleProblems(article), name).not.toEqual([])
    }
  })
})

describe('every JSON output is valid', () => {
  it.each(fixtures)('fixtures/%s/expected.json', (name) => {
    assertValidArticle(
      JSON.parse(readFileSync(path.join(root, 'fixtures', name, 'expected.json'), 'utf8')),
    )
  })

  it('vnclean fixtures (JSON Lines), and with --pretty per file', () => {
    const { code, stdout } = vnclean(['fixtures'])
    expect(code).toBe(0)
    expect(assertValidJsonLines(stdout)).toHaveLength(fixtures.length)
    const dir = tempDir()
    expect(vnclean(['fixtures', '--pretty', '--out', dir, '-q']).code).toBe(0)
    for (const name of fixtures) {
      assertValidArticle(JSON.parse(readFileSync(path.join(dir, name, 'input.json'), 'utf8')))
    }
  })

  it('standard input, tone conversion, damaged text, and edge cases', () => {
    const text = readFileSync(path.join(root, 'fixtures', fixtures[0] ?? '', 'input.txt'), 'utf8')
    const outputs = [
      vnclean([], { input: text }).stdout,
      vnclean(['--tone-style', 'new', '--disable', 'strip/nav-menu'], { input: text }).stdout,
      // UTF-8 read as Latin-1, written back as UTF-8: mojibake to repair.
      vnclean([], { input: Buffer.from(text, 'utf8').toString('latin1') }).stdout,
      vnclean([], { input: '' }).stdout,
      vnclean([], { input: 'Chia sẻ\nRate this post\n' }).stdout,
      vnclean([], { input: '\n\n   \n' }).stdout,
    ]
    for (const output of outputs) expect(assertValidJsonLines(output)).toHaveLength(1)
    const [, , damaged] = outputs.map(
      (output) => JSON.parse(output) as { normalization: { changes: Record<string, number> } },
    )
    expect(Object.keys(damaged?.normalization.changes ?? {})).toContain('normalise/mojibake')
  })

  it('JSON Lines input: id and extra fields carried through', () => {
    const dir = tempDir()
    const file = path.join(dir, 'in.jsonl')
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a-1', text: 'Tiêu đề\n\nMột đoạn văn.', site: 'x', n: 2 })}\n${JSON.stringify({ id: 'a-2', text: '' })}\n`,
    )
    const { code, stdout } = vnclean([file, '--input-format', 'jsonl'])
    expect(code).toBe(0)
    const articles = assertValidJsonLines(stdout) as { id: string; extra?: object }[]
    expect(articles.map((article) => article.id)).toEqual(['a-1', 'a-2'])
    expect(articles[0]?.extra).toEqual({ site: 'x', n: 2 })
  })
})
