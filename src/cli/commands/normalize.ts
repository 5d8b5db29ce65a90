/** `vnclean normalize [inputs…]`: decoding and normalisation only; text out. */
import type { Io } from '../io.js'
import { runDocuments, type CleanOptions } from './clean.js'

export function runNormalize(args: string[], options: CleanOptions, io: Io): Promise<number> {
  return runDocuments('normalize', args, { ...options, format: 'text' }, io)
}
