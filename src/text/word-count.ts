/**
 * Whether `text` has more than `max` words between single spaces (`text.split(' ').length >
 * max`, for `max` ≥ 1), its spaces counted only up to `max`: a line may be a page long.
 */
export function hasMoreWords(text: string, max: number): boolean {
  let spaces = 0
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    if (++spaces >= max) return true
  }
  return false
}
