/**
 * Validate a parsed config against schema/config.schema.json, then what a schema cannot say:
 * rule ids that exist, encodings that are supported, patterns that compile and cannot blow up.
 * Every problem names the key as a JSON Pointer.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import schema from '../../schema/config.schema.json' with { type: 'json' }
import { resolveEncoding, SUPPORTED_ENCODINGS } from '../decode/encodings.js'
import { ALL_RULES } from '../rules/catalog.js'
import { patternProblem } from './safe-pattern.js'
import type { ConfigProblem, VncleanConfig } from './types.js'

export type ConfigCheck =
  { ok: true; config: VncleanConfig } | { ok: false; problems: ConfigProblem[] }

/** Compile the schema once per validator (no module-level state: callers keep the validator). */
export function createConfigValidator(): (value: unknown) => ConfigCheck {
  // The schema itself is checked against the meta-schema by the tests (test/schema.test.ts),
  // not on every run: that check costs more than the validation.
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, validateSchema: false })
  const validate = ajv.compile<VncleanConfig>(schema)
  return (value) => {
    if (!validate(value)) {
      return { ok: false, problems: (validate.errors ?? []).map(describeSchemaError) }
    }
    const problems = semanticProblems(value)
    return problems.length === 0 ? { ok: true, config: value } : { ok: false, problems }
  }
}

function describeSchemaError(error: ErrorObject): ConfigProblem {
  const pointer = error.instancePath
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        pointer: `${pointer}/${String(params.additionalProperty)}`,
        message: `unknown key (allowed: ${allowedKeys(error.parentSchema)})`,
      }
    case 'enum':
      return {
        pointer,
        message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')} (got ${show(error.data)})`,
      }
    case 'type':
      return {
        pointer,
        message: `must be ${article(String(params.type))} (got ${show(error.data)})`,
      }
    case 'pattern':
      return {
        pointer,
        message: error.schemaPath.includes('ruleId')
          ? `${show(error.data)} is not a rule id (like strip/nav-menu; see 'vnclean rules')`
          : `${show(error.data)} must match ${String(params.pattern)}`,
      }
    case 'minLength':
      return {
        pointer,
        message:
          params.limit === 1
            ? 'must not be empty'
            : `must be at least ${String(params.limit)} characters long`,
      }
    case 'maxLength':
      return { pointer, message: `must be at most ${String(params.limit)} characters long` }
    default:
      return { pointer, message: error.message ?? 'invalid' }
  }
}

function semanticProblems(config: VncleanConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const known = new Set(ALL_RULES.map((rule) => rule.id))
  const enabled = new Set(config.rules?.enable ?? [])
  for (const key of ['enable', 'disable'] as const) {
    config.rules?.[key]?.forEach((id, index) => {
      const pointer = `/rules/${key}/${String(index)}`
      if (!known.has(id)) {
        problems.push({ pointer, message: `unknown rule id '${id}' (see 'vnclean rules')` })
      } else if (key === 'disable' && enabled.has(id)) {
        problems.push({ pointer, message: `rule '${id}' is both enabled and disabled` })
      }
    })
  }
  config.strip?.patterns?.forEach((pattern, index) => {
    const problem = patternProblem(pattern)
    if (problem !== null)
      problems.push({ pointer: `/strip/patterns/${String(index)}`, message: problem })
  })
  if (config.encoding !== undefined && resolveEncoding(config.encoding) === undefined) {
    problems.push({
      pointer: '/encoding',
      message: `unknown encoding '${config.encoding}' (expected one of ${SUPPORTED_ENCODINGS.join(', ')})`,
    })
  }
  return problems
}

function allowedKeys(parentSchema: unknown): string {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties
  return Object.keys(properties ?? {}).join(', ')
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value))
}

function article(type: string): string {
  return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`
}
