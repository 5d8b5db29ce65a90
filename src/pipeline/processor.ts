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
import { ALL_RULES, isRuleEnabled } from '../rules/index.js'
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

interface FileData {
  normalisation?: NormaliseResult
  encoding?: string
}

export function createEnabledCheck(settings: Settings): (ruleId: string) => boolean {
  const enabled = new Map(ALL_RULES.map((rule) => [rule.id, isRuleEnabled(rule, settings)]))
  return (ruleId) => enabled.get(ruleId) ?? !settings.disabled.has(ruleId)
}

export function createCleaner(
  settings: Settings,
  options: { strip: boolean } = { strip: true },
): Cleaner {
  const isEnabled = createEnabledCheck(settings)
  function normalisePlugin() {
    return (tree: DocumentTree, file: VFile) => {
      ;(file.data as FileData).normalisation = normaliseTree(tree, file, settings, isEnabled)
    }
  }
  function stripPlugin() {
    return (tree: DocumentTree, file: VFile) => {
      if (options.strip) stripTree(tree, file, settings, isEnabled)
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
