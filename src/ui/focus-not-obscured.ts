/**
 * WCAG 2.4.11 (Focus Not Obscured): a non-modal banner must never fully hide the element that has focus.
 * Technique C43: scroll padding on the root makes the browser scroll a newly focused element out from under
 * the banner. A spacer at the end of `<body>` gives the last elements of the page room to scroll up; it only
 * adds height below everything, so nothing already on screen moves. A banner at the top cannot be helped the
 * same way without pushing the page down, so there only the scroll padding applies.
 *
 * The spacer is added only where it is needed and never brings a scrollbar of its own:
 * - a page that scrolls by itself gets it (its scrollbar is already there, so nothing moves);
 * - a page that fits above the banner gets nothing;
 * - a page that fits the window but ends under the banner gets it, and the root's scrollbar is hidden
 *   (`scrollbar-width: none`) while it is there: the page becomes scrollable by the banner's height (wheel,
 *   touch, keyboard, focus) without a scrollbar taking width, which would shift a centred page sideways.
 *   Browsers without `scrollbar-width` show the scrollbar (and that shift).
 *
 * Layout is only read in a ResizeObserver callback, which runs after the browser's own layout and before
 * paint: reading boxes there is free, while reading them right after rendering would force a layout of the
 * whole page inside our script (the costliest step of showing the banner, measured by `npm run bench`).
 * The observer follows the banner (a narrower window, a longer text) and `<body>` (a page that grows); a window
 * that only gets lower re-arms it. What it measures is written in the next animation frame, never inside the
 * callback: a spacer that resizes `<body>` there would make the browser report "ResizeObserver loop completed
 * with undelivered notifications" to the page's error handlers.
 */

type Side = 'scrollPaddingTop' | 'scrollPaddingBottom';

/** What the banner needs: scroll padding on one side, a spacer of some height (0: none), a hidden scrollbar. */
interface Room {
  side: Side;
  size: number;
  spacer: number;
  hideScrollbar: boolean;
}

let banner: HTMLElement | null = null;
let observer: ResizeObserver | undefined;
let frame = 0;
let wanted: Room | undefined;
let applied: Room | undefined;
let spacer: HTMLElement | undefined;
/** Inline values of the root's style before we changed them. */
let before: { side: Side; padding: string; scrollbar?: string } | undefined;

const rearm = () => {
  if (observer && banner) {
    observer.unobserve(banner);
    observer.observe(banner);
  }
};

/** Reads the layout (inside the observer callback only) and says what the banner needs. */
function measure(el: HTMLElement): Room {
  const rect = el.getBoundingClientRect();
  const atTop = rect.top < innerHeight - rect.bottom;
  // From the banner's far edge to the viewport edge it is closest to (a middle box counts as bottom).
  const size = Math.ceil(atTop ? rect.bottom : innerHeight - rect.top);
  if (atTop) return { side: 'scrollPaddingTop', size, spacer: 0, hideScrollbar: false };
  const root = document.documentElement;
  const body = document.body;
  const ours = spacer ? applied!.spacer : 0;
  // The page's own height: our spacer out. It can also have pulled the last child's bottom margin into <body>,
  // so with a spacer in, the page counts as scrolling by itself only beyond <body>'s bottom margin.
  const slack = ours ? parseFloat(getComputedStyle(body).marginBottom) || 0 : 0;
  const scrollsBySelf = root.scrollHeight - ours - slack > root.clientHeight;
  // Where the page's content ends, in document coordinates; at the top of a page that does not scroll by
  // itself, the banner's top is at the same coordinate.
  const end = body.getBoundingClientRect().bottom + scrollY - ours;
  if (!scrollsBySelf && end <= rect.top) return { side: 'scrollPaddingBottom', size, spacer: 0, hideScrollbar: false };
  // A scrollbar already taking width (the page scrolls, `overflow-y: scroll`, or our spacer where the browser
  // cannot hide it) stays: hiding it now would move the page. (1 px of difference is rounding at some zooms.)
  const scrollbarShown = innerWidth - root.clientWidth > 1;
  return { side: 'scrollPaddingBottom', size, spacer: size, hideScrollbar: !scrollsBySelf && !scrollbarShown };
}

/** Writes `room` (outside the observer callback), changing only what differs from what is in place. */
function apply(room: Room): void {
  const style = document.documentElement.style;
  if (before && before.side !== room.side) {
    style[before.side] = before.padding;
    before = { side: room.side, padding: style[room.side], scrollbar: before.scrollbar };
  }
  before ??= { side: room.side, padding: style[room.side] };
  style[room.side] = room.size + 'px';
  if (room.spacer && !spacer) {
    spacer = document.createElement('div');
    spacer.setAttribute('aria-hidden', 'true');
    spacer.style.cssText = 'display:block;margin:0;padding:0;border:0';
  }
  if (spacer) {
    if (room.spacer) {
      spacer.style.height = room.spacer + 'px';
      if (spacer.parentNode !== document.body || spacer.nextSibling) document.body.append(spacer);
    } else {
      spacer.remove();
      spacer = undefined;
    }
  }
  if (room.hideScrollbar && before.scrollbar == null) {
    before.scrollbar = style.scrollbarWidth;
    style.scrollbarWidth = 'none';
  } else if (!room.hideScrollbar && before.scrollbar != null) {
    style.scrollbarWidth = before.scrollbar;
    before.scrollbar = undefined;
  }
  applied = room;
}

function undo(): void {
  cancelAnimationFrame(frame);
  frame = 0;
  removeEventListener('resize', rearm);
  observer?.disconnect();
  observer = undefined;
  spacer?.remove();
  spacer = undefined;
  if (before) {
    const style = document.documentElement.style;
    style[before.side] = before.padding;
    if (before.scrollbar != null) style.scrollbarWidth = before.scrollbar;
  }
  before = applied = wanted = undefined;
}

/**
 * Pads scrolling for the shown banner; `null` (banner gone) undoes it. Called on every render: the same banner
 * element again changes nothing.
 */
export function keepFocusVisible(el: HTMLElement | null): void {
  if (el === banner) return;
  undo();
  banner = el;
  if (!el) return;
  if (typeof ResizeObserver !== 'function') return apply(measure(el));
  observer = new ResizeObserver(() => {
    wanted = measure(el);
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (wanted) apply(wanted);
    });
  });
  observer.observe(el);
  observer.observe(document.body);
  // A lower window moves the banner without resizing it or <body>.
  addEventListener('resize', rearm);
}
