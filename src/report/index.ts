/** The reporters by name: each a pure function from a Report to the text to print. */
import type { ChalkInstance } from 'chalk'
import { githubReport } from './github.js'
import { jsonReport } from './json.js'
import { junitReport } from './junit.js'
import type { ReporterName } from './names.js'
import { stylish } from './stylish.js'
import type { Report } from './types.js'

export interface ReporterOptions {
  /** Colour for reporters meant for people (stylish); machine formats ignore it. */
  chalk: ChalkInstance
  /** Leave out files without messages (stylish). */
  quiet: boolean
}

export type Reporter = (report: Report, options: ReporterOptions) => string

export const REPORTERS: Readonly<Record<ReporterName, Reporter>> = {
  stylish: (report, options) => stylish(report, options),
  json: (report) => jsonReport(report),
  github: (report) => githubReport(report),
  junit: (report) => junitReport(report),
}

export { REPORTER_NAMES, type ReporterName } from './names.js'
export type { Report, ReportFile, ReportMessage, Severity, DiffHunk } from './types.js'
