// `vnclean rules`: complete (every rule id the code uses is listed), with stage and state.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../../src/rules/index.js'
import { root, vnclean } from './spawn.js'

describe('vnclean rules', () => {
  it('lists every rule id the source code refers to, once', async () => {
    const known = new Set(ALL_RULES.map((rule) => rule.id))
    expect(known.size).toBe(ALL_RULES.length)
    const files = await glob('src/{normalize,rules,structure,pipeline}/**/*.ts', { cwd: root })
    const used = new Set<string>()
    for (const file of files) {
      for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(
        /'((?:normalise|strip|structure)\/[a-z0-9-]+)'/gu,
      )) {
        if (match[1] !== undefined) used.add(match[1])
      }
    }
    expect(used.size).toBeGreaterThan(20)
    expect([...used].filter((id) => !known.has(id))).toEqual([])
  })

  it('prints id, stage, on/off and description for every rule', () => {
    const { code, stdout } = vnclean(['rules'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(ALL_RULES.length)
    ALL_RULES.forEach((rule, index) => {
      expect(lines[index]).toMatch(
        new RegExp(`^${rule.id} +${rule.stage} +${rule.defaultOn ? 'on ' : 'off'}  \\S`, 'u'),
      )
    })
  })

  it('shows the effect of --enable and --disable, also as JSON', () => {
    const { stdout } = vnclean(['rules', '--disable', 'strip/nav-menu,normalise/nfc'])
    expect(stdout).toMatch(/^strip\/nav-menu +strip +off {2}/mu)
    expect(stdout).toMatch(/^normalise\/nfc +normalise +off {2}/mu)
    const rules = JSON.parse(vnclean(['rules', '--json', '--disable', 'strip/poll']).stdout) as {
      id: string
      stage: string
      defaultOn: boolean
      enabled: boolean
      description: string
    }[]
    expect(rules.map((rule) => rule.id)).toEqual(ALL_RULES.map((rule) => rule.id))
    expect(rules.find((rule) => rule.id === 'strip/poll')).toMatchObject({
      defaultOn: true,
      enabled: false,
    })
    expect(rules.filter((rule) => !rule.enabled).map((rule) => rule.id)).toEqual(['strip/poll'])
    expect(vnclean(['rules', '--enable', 'strip/nope']).code).toBe(2)
  })
})
