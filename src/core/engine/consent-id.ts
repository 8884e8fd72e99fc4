/** A random v4 UUID: `crypto.randomUUID` where it exists (secure contexts), else built from random bytes. */
export function newConsentId(): string {
  const c = typeof crypto !== 'undefined' ? crypto : undefined;
  try {
    if (c?.randomUUID) return c.randomUUID();
  } catch {
    /* randomUUID throws outside secure contexts in some browsers: fall through */
  }
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = (Math.random() * 256) | 0;
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
}
