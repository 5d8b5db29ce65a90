/** Encoding names accepted by `--encoding`, and their aliases. */

export const SUPPORTED_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'tcvn3',
  'vni',
  'viscii',
  'cp1258',
  'windows-1252',
  'latin1',
] as const

export type EncodingName = (typeof SUPPORTED_ENCODINGS)[number]

const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  tcvn: 'tcvn3',
  'tcvn-3': 'tcvn3',
  abc: 'tcvn3',
  vn3: 'tcvn3',
  'tcvn5712-1': 'tcvn3',
  'tcvn-5712': 'tcvn3',
  'vni-win': 'vni',
  'vni-windows': 'vni',
  'windows-1258': 'cp1258',
  'cp-1258': 'cp1258',
  cp1252: 'windows-1252',
  'cp-1252': 'windows-1252',
  'iso-8859-1': 'latin1',
  'latin-1': 'latin1',
  iso88591: 'latin1',
}

/** The canonical name for an encoding name or alias (case-insensitive); undefined if unknown. */
export function resolveEncoding(name: string): EncodingName | undefined {
  const key = name.trim().toLowerCase().replace(/_/g, '-')
  if ((SUPPORTED_ENCODINGS as readonly string[]).includes(key)) return key as EncodingName
  return ALIASES[key]
}
