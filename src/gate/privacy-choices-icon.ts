/**
 * The California opt-out icon (the toggle-shaped mark beside "Your Privacy Choices", Cal. Code Regs. tit. 11,
 * § 7015), drawn by us: a pill outlined in blue, a blue check on its white half, a white cross on its blue half.
 * Decorative beside its text label, so hidden from assistive technology. Its paint and size are in `styles/base.css`
 * (`.cg-icon`), which repeats these paths for browsers where our style reset drops the attribute. The paths are data,
 * so the gate (plain DOM) and the on-demand notice (preact) draw the same icon.
 */
export const PRIVACY_CHOICES_SVG = { viewBox: '0 0 30 14', class: 'cg-icon', 'aria-hidden': 'true' };

/** The outline, the blue half, the check, the cross: in paint order. */
export const PRIVACY_CHOICES_PATHS = ['M8 1h14a6 6 0 0 1 0 12H8A6 6 0 0 1 8 1z', 'M15 1h7a6 6 0 0 1 0 12H11z', 'M5 7l2 2 4-4.5', 'M18 4.5l5 5m0-5-5 5'];

/** The icon as an `<svg>` element, for plain DOM. */
export function privacyChoicesIcon(): SVGSVGElement {
  const make = (name: string, attributes: Record<string, string>) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    return el;
  };
  const svg = make('svg', PRIVACY_CHOICES_SVG) as SVGSVGElement;
  svg.append(...PRIVACY_CHOICES_PATHS.map((d) => make('path', { d })));
  return svg;
}
