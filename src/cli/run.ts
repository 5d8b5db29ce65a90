/** run(argv, io) → exit code: the whole CLI as a function. */
import { CommanderError } from 'commander'
import { createProgram } from './program.js'
import { EXIT_USAGE, UsageError, writeError, type Io } from './io.js'

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug')
  let exitCode = 0
  const program = createProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its one-line message (or the help/version text).
      return error.exitCode === 0 ? 0 : EXIT_USAGE
    }
    if (error instanceof UsageError) {
      writeError(io, error.message)
      return EXIT_USAGE
    }
    const message = error instanceof Error ? error.message : String(error)
    writeError(
      io,
      debug && error instanceof Error && error.stack !== undefined ? error.stack : message,
    )
    return 1
  }
}
