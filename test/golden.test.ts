// Golden fixtures: fixtures/<case>/input.txt → expected.json and expected.md.
// Rewritten only with UPDATE_FIXTURES=1; review the diff like code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cleanDocument,
  createCleaner,
  emitJson,
  emitMarkdown,
  resolveSettings,
} from '../src/index.js'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, 'fixtures')
const update = process.env.UPDATE_FIXTURES === '1'
const cleaner = createCleaner(resolveSettings())

describe('golden fixtures', () => {
  const cases = readdirSync(fixtures).filter((name) =>
    existsSync(path.join(fixtures, name, 'input.txt')),
  )
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })
  for (const name of cases) {
    it(name, () => {
      const file = `fixtures/${name}/input.txt`
      const { article } = cleanDocument(cleaner, {
        bytes: readFileSync(path.join(root, file)),
        file,
        encoding: null,
      })
      const outputs = {
        'expected.json': emitJson(article, true),
        'expected.md': emitMarkdown(article),
      }
      for (const [expectedName, actual] of Object.entries(outputs)) {
        const expectedPath = path.join(fixtures, name, expectedName)
        if (update) writeFileSync(expectedPath, actual)
        expect(actual, `${name}/${expectedName} (UPDATE_FIXTURES=1 rewrites it)`).toBe(
          readFileSync(expectedPath, 'utf8'),
        )
      }
    })
  }
})
