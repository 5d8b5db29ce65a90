/**
 * `--shard K/N`: a stable 1/N of the inputs, chosen by a hash of each input's name (relative
 * path, or JSON Lines id), so N processes or machines split a corpus with no coordination and
 * the same input always lands in the same shard.
 */
import { createHash } from 'node:crypto'
import { UsageError } from '../io.js'

export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N, such as 1/4 (got '${value}')`)
  }
  return { index, count }
}

export function inShard(shard: Shard | null, name: string): boolean {
  if (shard === null || shard.count === 1) return true
  const digest = createHash('sha1').update(name).digest()
  return digest.readUInt32BE(0) % shard.count === shard.index - 1
}
