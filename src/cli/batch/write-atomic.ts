/**
 * Atomic file writes: a hidden temporary file beside the target, then a rename, so a reader
 * never sees half a file and an interrupted run leaves no partial output. With a root, the
 * target's real folder must be inside the root's real folder (a symbolic link inside --out
 * cannot redirect a write elsewhere). Files get the default mode, so the user's umask applies.
 */
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { isInside } from './out-path.js'

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  root: string | null = null,
): Promise<void> {
  const folder = path.dirname(target)
  if (root !== null) {
    await mkdir(root, { recursive: true })
    // Check the deepest folder that exists before creating the rest (mkdir follows links).
    await assertInside(root, await deepestExisting(folder), folder)
  }
  await mkdir(folder, { recursive: true })
  if (root !== null) await assertInside(root, folder, folder)
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data, { flag: 'wx' })
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

async function assertInside(root: string, folder: string, shown: string): Promise<void> {
  const [realRoot, realFolder] = await Promise.all([realpath(root), realpath(folder)])
  if (realFolder !== realRoot && !isInside(realRoot, realFolder)) {
    throw new Error(`refusing to write outside the output folder (${shown} leads out of it)`)
  }
}

async function deepestExisting(folder: string): Promise<string> {
  let current = folder
  while ((await stat(current).catch(() => null)) === null) {
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  return current
}
