/** Process entry: wires the real process to run() and sets the exit code (never process.exit). */
import process from 'node:process'
import { run } from './run.js'

const controller = new AbortController()
let interrupted = 0
const onSignal = (): void => {
  interrupted++
  // A second Ctrl-C while the run is stopping ends it at once.
  if (interrupted > 1) process.exit(130)
  controller.abort()
}
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)
// `vnclean … | head`: a closed pipe ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
})
process.exitCode = controller.signal.aborted && code === 0 ? 130 : code
process.off('SIGINT', onSignal)
process.off('SIGTERM', onSignal)
