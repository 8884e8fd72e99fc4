/**
 * WCAG 2.x contrast ratio from CSS colours as `getComputedStyle` reports them (`rgb(…)`, `rgba(…)`).
 * A translucent colour is composited over the colour behind it first, as the eye sees it.
 */

export type Rgba = [number, number, number, number];

/** Parses `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)` or `rgb(1 2 3 / 50%)`; throws on anything else so a test fails loudly. */
export function parseColor(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) throw new Error('cannot read colour ' + JSON.stringify(css));
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `top` drawn over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** Relative luminance (WCAG 2.x definition). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of a text colour over a background (translucent parts composited over `behind`, white by default). */
export function contrastRatio(fg: string, bg: string, behind: string = 'rgb(255, 255, 255)'): number {
  const back = composite(parseColor(bg), parseColor(behind));
  const front = composite(parseColor(fg), back);
  const [l1, l2] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
