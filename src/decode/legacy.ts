/**
 * The legacy Vietnamese 8-bit encodings: TCVN3 (ABC), VNI-Windows, VISCII and Windows-1258.
 * iconv-lite covers all but VNI (src/decode/vni.ts). Output is NFC.
 */
import iconv from 'iconv-lite'
import { decodeVni, encodeVni } from './vni.js'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258'

/** In the order ties are broken when detecting. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viscii', 'cp1258']

const ICONV_NAME: Readonly<Record<Exclude<LegacyEncoding, 'vni'>, string>> = {
  tcvn3: 'tcvn',
  viscii: 'viscii',
  cp1258: 'cp1258',
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Decode bytes in a legacy encoding, then NFC. Strict mode returns undefined unless every byte
 * decodes and the text encodes back to exactly the same bytes.
 */
export function decodeLegacy(
  bytes: Uint8Array,
  encoding: LegacyEncoding,
  strict: boolean,
): string | undefined {
  if (encoding === 'vni') {
    const text = decodeVni(bytes, strict)
    if (text === undefined) return undefined
    if (strict) {
      const back = encodeVni(text.normalize('NFC'))
      if (!back || !sameBytes(back, bytes)) return undefined
    }
    return text.normalize('NFC')
  }
  const name = ICONV_NAME[encoding]
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = iconv.decode(buffer, name)
  if (strict) {
    if (text.includes('\ufffd')) return undefined
    if (!sameBytes(iconv.encode(text, name), bytes)) return undefined
  }
  return text.normalize('NFC')
}
