/**
 * WCAG 2.4.11 (Focus Not Obscured): a non-modal banner must never fully hide the element that has focus.
 * Technique C43: scroll padding on the root makes the browser scroll a newly focused element out from under
 * the banner. A spacer at the end of `<body>` gives the last elements of the page room to scroll up; it only
 * adds height below everything, so nothing already on screen moves. A banner at the top cannot be helped the
 * same way without pushing the page down, so there only the scroll padding applies.
 */

let restore: (() => void) | undefined;

/** Pads scrolling for the shown banner; `null` (banner gone) undoes it. */
export function keepFocusVisible(banner: HTMLElement | null): void {
  restore?.();
  restore = undefined;
  if (!banner) return;
  const style = document.documentElement.style;
  const rect = banner.getBoundingClientRect();
  const atTop = rect.top < innerHeight - rect.bottom;
  const side = atTop ? 'scrollPaddingTop' : 'scrollPaddingBottom';
  const before = style[side];
  // From the banner's far edge to the viewport edge it is closest to (a middle box counts as bottom).
  const size = Math.ceil(atTop ? rect.bottom : innerHeight - rect.top);
  style[side] = size + 'px';
  const spacer = document.createElement('div');
  spacer.setAttribute('aria-hidden', 'true');
  spacer.style.cssText = 'display:block;margin:0;padding:0;border:0;height:' + size + 'px';
  if (!atTop) document.body.append(spacer);
  restore = () => {
    style[side] = before;
    spacer.remove();
  };
}
