/**
 * The unified processor: parse (text → line tree) → normalise → strip → compile (→ Article).
 * Built once per settings and reused for every document of a run.
 */
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { vncleanParse } from './parse.js'
import { normaliseTree, type NormaliseResult } from './normalise.js'
import { stripTree } from './strip.js'
import { compileArticle } from './compile.js'
import type { DocumentTree } from './tree.js'
import { ALL_RULES, isRuleEnabled } from '../rules/catalog.js'
import type { Article, Settings } from '../types.js'

export interface CleanInput {
  text: string
  /** Path shown in the output and in messages; null for standard input. */
  file: string | null
  /** Encoding the text was decoded from. */
  encoding: string
}

export interface CleanResult {
  article: Article
  messages: VFileMessage[]
}

export type Cleaner = (input: CleanInput) => CleanResult

export interface CleanerOptions {
  /** Run the strip stage (false: normalise and structure only). Default true. */
  strip?: boolean
  /**
   * Report every decision as a vfile message (the audit trail `explain` and `check --lint`
   * read). Default true. A run that only emits Articles can leave them out: the Article's
   * `removed` list is built either way, and messages cost about a tenth of the time.
   */
  messages?: boolean
}

interface FileData {
  normalisation?: NormaliseResult
  encoding?: string
}

export function createEnabledCheck(settings: Settings): (ruleId: string) => boolean {
  const enabled = new Map(ALL_RULES.map((rule) => [rule.id, isRuleEnabled(rule, settings)]))
  return (ruleId) => enabled.get(ruleId) ?? !settings.disabled.has(ruleId)
}

export function createCleaner(settings: Settings, options: CleanerOptions = {}): Cleaner {
  const strip = options.strip ?? true
  const report = options.messages ?? true
  const isEnabled = createEnabledCheck(settings)
  function normalisePlugin() {
    return (tree: DocumentTree, file: VFile) => {
      ;(file.data as FileData).normalisation = normaliseTree(tree, {
        file,
        settings,
        isEnabled,
        report,
      })
    }
  }
  function stripPlugin() {
    return (tree: DocumentTree, file: VFile) => {
      if (strip) stripTree(tree, { file, settings, isEnabled, report })
    }
  }
  function compilePlugin(this: Processor) {
    this.compiler = ((tree: DocumentTree, file: VFile) => {
      const data = file.data as FileData
      return compileArticle({
        tree,
        file: file.path === undefined || file.path === '' ? null : file.path,
        encoding: data.encoding ?? 'utf-8',
        normalisation: data.normalisation ?? { changes: {}, toneStyle: 'none' },
        isEnabled,
      })
    }) as never
  }
  const processor = unified()
    .use(vncleanParse)
    .use(normalisePlugin as never)
    .use(stripPlugin as never)
    .use(compilePlugin)
    .freeze()
  return (input) => {
    const file = new VFile({ value: input.text, data: { encoding: input.encoding } })
    if (input.file !== null) file.path = input.file
    processor.processSync(file)
    return { article: file.result as Article, messages: file.messages }
  }
}
