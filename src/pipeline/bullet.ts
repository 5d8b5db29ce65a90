/** List markers at the start of a line: `•`, `-`, `*`, `1.`, `a)`. */
const BULLET = /^(?:[•·▪●○◦■□►▶✓✔*+\-–]|\d{1,3}[.)]|[a-zđ]\))\s+/u
const ORDERED = /^(?:\d{1,3}[.)]|[a-zđ]\))/u

export interface BulletSplit {
  bullet: string | null
  content: string
}

export function splitBullet(text: string): BulletSplit {
  const match = BULLET.exec(text)
  if (match === null || match[0].length === text.length) return { bullet: null, content: text }
  return { bullet: match[0].trim(), content: text.slice(match[0].length) }
}

export function isOrderedBullet(bullet: string): boolean {
  return ORDERED.test(bullet)
}
