/**
 * Output paths under --out: mirrored input paths, or JSON Lines ids. Nothing may land outside
 * the output folder: ids with `..`, absolute ids and odd characters are refused.
 */
import path from 'node:path'

export const EXTENSIONS = { json: '.json', md: '.md', text: '.txt' } as const

/** `<out>/<relative without extension><extension>`. */
export function mirroredPath(outRoot: string, relative: string, extension: string): string {
  const parsed = path.parse(relative)
  return path.join(outRoot, parsed.dir, `${parsed.name}${extension}`)
}

const MAX_ID_LENGTH = 200
// Control characters and the characters Windows forbids in names; `/` separates sub-folders.
// eslint-disable-next-line no-control-regex
const BAD_ID_CHARACTER = /[\u0000-\u001f\u007f\\:*?"<>|]/u

/** `<out>/<id><extension>` for a JSON Lines record, or an error message for a bad id. */
export function recordPath(
  outRoot: string,
  id: string,
  extension: string,
): { path: string } | { error: string } {
  if (id === '' || id.length > MAX_ID_LENGTH)
    return { error: 'id is empty or too long for a file name' }
  if (BAD_ID_CHARACTER.test(id))
    return { error: `id '${id}' has characters a file name cannot hold` }
  if (id.startsWith('/')) return { error: `id '${id}' is an absolute path` }
  const segments = id.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return { error: `id '${id}' would leave the output folder or has an empty part` }
  }
  if (segments.some((segment) => segment.startsWith('.'))) {
    return { error: `id '${id}' has a part that starts with a dot` }
  }
  const target = path.join(outRoot, `${id}${extension}`)
  if (!isInside(outRoot, target)) return { error: `id '${id}' would leave the output folder` }
  return { path: target }
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
