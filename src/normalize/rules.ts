/** Every normalisation rule, in the order the rules run. */

export interface NormalizeRule {
  id: string
  description: string
  defaultOn: boolean
}

export const NORMALIZE_RULES: readonly NormalizeRule[] = [
  {
    id: 'normalise/mojibake',
    description:
      'UTF-8 text that was read as windows-1252 or Latin-1, once or twice (Tiáº¿ng → Tiếng)',
    defaultOn: true,
  },
  {
    id: 'normalise/legacy-encoding',
    description: 'TCVN3, VNI, VISCII or Windows-1258 bytes read as Western text (Th«ng → Thông)',
    defaultOn: true,
  },
  {
    id: 'normalise/nfc',
    description: 'Unicode NFC (decomposed or combining tone marks → one letter)',
    defaultOn: true,
  },
  {
    id: 'normalise/tone-order',
    description: 'tone mark typed before the circumflex or breve of the same letter (e◌́◌̂ → ế)',
    defaultOn: true,
  },
  {
    id: 'normalise/lookalike',
    description:
      'Ð Ɖ ð inside Vietnamese words → Đ đ; Cyrillic or Greek letters inside Latin words',
    defaultOn: true,
  },
  {
    id: 'normalise/invisible',
    description:
      'zero-width space, word joiner and BOM removed; ZWNJ, ZWJ and soft hyphen between letters',
    defaultOn: true,
  },
  {
    id: 'normalise/space',
    description: 'tabs, NBSP and other spaces → one plain space; runs collapsed; line ends trimmed',
    defaultOn: true,
  },
  {
    id: 'normalise/punctuation-space',
    description: 'space removed between a word and a following , . ; : ! ? … that ends a phrase',
    defaultOn: true,
  },
  {
    id: 'normalise/tone-placement',
    description:
      'tone mark on a vowel neither spelling style allows, or doubled (baỏ → bảo, rồì → rồi)',
    defaultOn: true,
  },
  {
    id: 'normalise/tone-style',
    description:
      'open oa/oe/uy rewritten in the style of --tone-style old|new (does nothing with preserve)',
    defaultOn: true,
  },
]
