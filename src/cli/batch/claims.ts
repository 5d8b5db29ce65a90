/**
 * The output paths a run has claimed, so that no two inputs write the same file. A run under
 * --out may have millions of outputs: a set of their paths would hold ~170 bytes each for the
 * whole run, so the table keeps the first 96 bits of each path's SHA-1 (at most 24 bytes a path,
 * in typed arrays). Two different paths share them with odds of about n²/2⁹⁷ (10⁻¹⁷ for a
 * million paths); such a pair would be refused as a collision (reported, never overwritten).
 */
import { createHash } from 'node:crypto'

export interface Claims {
  /** Claims `target`: true when it was free, false when this run already claimed it. */
  claim(target: string): boolean
  readonly size: number
}

const LANES = 3
const INITIAL_SLOTS = 1024

export function createClaims(): Claims {
  let slots = INITIAL_SLOTS
  let keys = new Uint32Array(slots * LANES)
  let used = new Uint8Array(slots)
  let size = 0
  const hash = new Uint32Array(LANES)

  /** The slot holding the key in `hash`, or the empty slot where it would go. */
  const find = (): number => {
    const mask = slots - 1
    let slot = (hash[0] ?? 0) & mask
    while (used[slot] === 1) {
      const at = slot * LANES
      if (keys[at] === hash[0] && keys[at + 1] === hash[1] && keys[at + 2] === hash[2]) return slot
      slot = (slot + 1) & mask
    }
    return slot
  }

  const grow = (): void => {
    const oldKeys = keys
    const oldUsed = used
    slots *= 2
    keys = new Uint32Array(slots * LANES)
    used = new Uint8Array(slots)
    for (let old = 0; old < oldUsed.length; old++) {
      if (oldUsed[old] !== 1) continue
      hash.set(oldKeys.subarray(old * LANES, old * LANES + LANES))
      const slot = find()
      keys.set(hash, slot * LANES)
      used[slot] = 1
    }
  }

  return {
    claim(target) {
      hashInto(target, hash)
      const slot = find()
      if (used[slot] === 1) return false
      keys.set(hash, slot * LANES)
      used[slot] = 1
      size++
      // At most half full: probes stay short.
      if (size * 2 > slots) grow()
      return true
    },
    get size() {
      return size
    },
  }
}

/** The first 96 bits of the path's SHA-1 (a microsecond or two: nothing beside a document). */
function hashInto(text: string, out: Uint32Array): void {
  const digest = createHash('sha1').update(text).digest()
  for (let lane = 0; lane < LANES; lane++) out[lane] = digest.readUInt32LE(lane * 4)
}
