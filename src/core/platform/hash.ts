/**
 * A short, stable, non-cryptographic hash (32-bit FNV-1a, base 36). Used to notice config changes,
 * not to protect anything: collisions only cost a visitor one extra question.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
