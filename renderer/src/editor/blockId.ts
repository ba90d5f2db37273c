// Block ids key the checker's per-block analysis, so they must be unique within a story and
// stable across edits. 12 characters of base-62 give ~71 bits: collisions are not a concern.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function newBlockId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  // 62 does not divide 256; the slight bias is irrelevant for uniqueness.
  for (const b of bytes) id += ALPHABET[b % 62];
  return id;
}
