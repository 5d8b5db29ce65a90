/** Reporter names, apart from the reporters themselves so the CLI can list them cheaply. */
export const REPORTER_NAMES = ['stylish', 'json', 'github', 'junit'] as const

export type ReporterName = (typeof REPORTER_NAMES)[number]
