/**
 * A stable 64-bit id for a string: two 32-bit FNV-1a hashes over its UTF-16 units with
 * different offset bases, each finished with an avalanche step. For ids, not for security.
 */
export function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const fin = (h: number): number => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return fin(a).toString(16).padStart(8, '0') + fin(b).toString(16).padStart(8, '0');
}
