/**
 * The California opt-out icon (the toggle-shaped mark beside "Your Privacy Choices", Cal. Code Regs. tit. 11,
 * § 7015), drawn by us: a pill outlined in blue, a blue check on its white half, a white cross on its blue half.
 * Decorative beside its text label, so hidden from assistive technology. The shapes are data, so the gate (plain DOM)
 * and the on-demand notice (preact) draw the same icon.
 */
export const PRIVACY_CHOICES_SVG = { viewBox: '0 0 30 14', width: '30', height: '14', class: 'cg-icon', 'aria-hidden': 'true', focusable: 'false' };

/** [element, attributes] of each shape, in paint order. */
export const PRIVACY_CHOICES_SHAPES: Array<[string, Record<string, string>]> = [
  ['rect', { x: '.75', y: '.75', width: '28.5', height: '12.5', rx: '6.25', fill: '#fff', stroke: '#06f', 'stroke-width': '1.5' }],
  ['path', { d: 'M14.5.75h8.25a6.25 6.25 0 0 1 0 12.5H10.5z', fill: '#06f' }],
  ['path', { d: 'M4.5 7.2l2.2 2.2 4.3-4.6', fill: 'none', stroke: '#06f', 'stroke-width': '1.6' }],
  ['path', { d: 'M18.3 4.6l4.8 4.8m0-4.8-4.8 4.8', fill: 'none', stroke: '#fff', 'stroke-width': '1.6' }],
];

/** The icon as an `<svg>` element, for plain DOM. */
export function privacyChoicesIcon(): SVGSVGElement {
  const make = (name: string, attributes: Record<string, string>) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    return el;
  };
  const svg = make('svg', PRIVACY_CHOICES_SVG) as SVGSVGElement;
  svg.append(...PRIVACY_CHOICES_SHAPES.map(([name, attributes]) => make(name, attributes)));
  return svg;
}
