/** What each stage of the processor is given for one document. */
import type { VFile } from 'vfile'
import type { Settings } from '../types.js'

export interface StageOptions {
  file: VFile
  settings: Settings
  isEnabled: (ruleId: string) => boolean
  /** Report each decision as a vfile message on `file`. */
  report: boolean
}
