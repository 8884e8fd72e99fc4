/**
 * WCAG 2.4.11 (Focus Not Obscured): a non-modal banner must never fully hide the element that has focus.
 * Technique C43: scroll padding on the root makes the browser scroll a newly focused element out from under
 * the banner. A spacer at the end of `<body>` gives the last elements of the page room to scroll up; it only
 * adds height below everything, so nothing already on screen moves. A banner at the top cannot be helped the
 * same way without pushing the page down, so there only the scroll padding applies.
 *
 * The banner is measured in a ResizeObserver callback, which runs after the browser's own layout and before
 * paint: reading its box there is free, while reading it right after rendering would force a layout of the
 * whole page inside our script (the costliest step of showing the banner, measured by `npm run bench`).
 * The observer also follows the banner when its height changes (a narrower window, a longer text).
 */

let banner: HTMLElement | null = null;
let observer: ResizeObserver | undefined;
let restore: (() => void) | undefined;

/** Sets the padding and spacer for the banner's current box. */
function pad(el: HTMLElement): void {
  restore?.();
  const style = document.documentElement.style;
  const rect = el.getBoundingClientRect();
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
    restore = undefined;
  };
}

/**
 * Pads scrolling for the shown banner; `null` (banner gone) undoes it. Called on every render: the same banner
 * element again changes nothing.
 */
export function keepFocusVisible(el: HTMLElement | null): void {
  if (el == banner) return;
  observer?.disconnect();
  observer = undefined;
  restore?.();
  banner = el;
  if (!el) return;
  if (typeof ResizeObserver == 'function') {
    observer = new ResizeObserver(() => pad(el));
    observer.observe(el);
  } else pad(el);
}
