/** Input that is not text (binary, NUL bytes) or not decodable in the forced encoding. */
export class DecodeError extends Error {
  override name = 'DecodeError'
}
