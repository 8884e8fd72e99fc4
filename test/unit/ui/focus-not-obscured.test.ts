// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepFocusVisible } from '../../../src/ui/focus-not-obscured';

function box(top: number, bottom: number): DOMRect {
  return { top, bottom, left: 0, right: 300, width: 300, height: bottom - top, x: 0, y: top, toJSON() {} } as DOMRect;
}

function bannerAt(top: number, bottom: number): HTMLElement {
  const el = document.createElement('section');
  el.getBoundingClientRect = () => box(top, bottom);
  return el;
}

/** A bottom banner 200 px high, 16 px above the window's bottom edge: it needs 200 px of room. */
const bottomBanner = () => bannerAt(innerHeight - 200, innerHeight - 16);

/** A ResizeObserver the test fires by hand (happy-dom's never reports), counting what is observed. */
class FakeObserver {
  static live: FakeObserver[] = [];
  observed: Element[] = [];
  constructor(private callback: () => void) {
    FakeObserver.live.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve(el: Element) {
    this.observed = this.observed.filter((o) => o !== el);
  }
  disconnect() {
    FakeObserver.live = FakeObserver.live.filter((o) => o !== this);
  }
  static fire() {
    FakeObserver.live.forEach((o) => o.callback());
  }
}

/** Animation frames the test runs by hand. */
let frames: Array<() => void> = [];
function nextFrame() {
  const run = frames;
  frames = [];
  run.forEach((callback) => callback());
}

/** The spacer's height when it is the last thing in <body>, else 0. */
function spacer(): number {
  const last = document.body.lastElementChild as HTMLElement | null;
  return last?.getAttribute('aria-hidden') === 'true' ? parseFloat(last.style.height) : 0;
}

/**
 * Lays the page out the way a browser would report it (happy-dom lays out nothing): `<body>` ends at `height` plus
 * our spacer, the document is at least the window high, and a classic scrollbar `scrollbar` px wide takes width.
 */
function layout(height: number, scrollbar = 0) {
  const root = document.documentElement;
  Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => innerHeight });
  Object.defineProperty(root, 'clientWidth', { configurable: true, get: () => innerWidth - scrollbar });
  Object.defineProperty(root, 'scrollHeight', { configurable: true, get: () => Math.max(innerHeight, height + spacer()) });
  document.body.getBoundingClientRect = () => box(0, height + spacer());
}

/** The observer reports, and the frame after it writes. */
function settle() {
  FakeObserver.fire();
  nextFrame();
}

beforeEach(() => {
  FakeObserver.live = [];
  frames = [];
  vi.stubGlobal('ResizeObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  document.body.innerHTML = '<main>page</main>';
  document.documentElement.removeAttribute('style');
});
afterEach(() => {
  keepFocusVisible(null);
  vi.unstubAllGlobals();
  const root = document.documentElement as unknown as Record<string, unknown>;
  delete root.clientHeight;
  delete root.clientWidth;
  delete root.scrollHeight;
});

describe('keepFocusVisible', () => {
  it('reads boxes only when the browser reports them, writes in the next frame, then undoes everything', () => {
    layout(3000);
    document.documentElement.style.scrollPaddingBottom = '10px';
    const banner = bottomBanner();
    const measure = vi.spyOn(banner, 'getBoundingClientRect');
    keepFocusVisible(banner);
    expect(measure).not.toHaveBeenCalled();
    FakeObserver.fire();
    expect(measure).toHaveBeenCalled();
    // nothing written inside the observer callback
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    expect(spacer()).toBe(0);
    nextFrame();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('200px');
    expect(spacer()).toBe(200);
    keepFocusVisible(null);
    expect(FakeObserver.live).toEqual([]);
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    expect(document.body.lastElementChild!.tagName).toBe('MAIN');
  });

  it('a banner gone before its frame writes nothing', () => {
    layout(3000);
    keepFocusVisible(bottomBanner());
    FakeObserver.fire();
    keepFocusVisible(null);
    nextFrame();
    expect(document.documentElement.getAttribute('style')).toBe(null);
    expect(spacer()).toBe(0);
  });

  it('follows the banner and <body>, and a lower window makes it measure again', () => {
    const banner = bottomBanner();
    keepFocusVisible(banner);
    expect(FakeObserver.live[0]!.observed).toEqual([banner, document.body]);
    window.dispatchEvent(new Event('resize'));
    expect(FakeObserver.live[0]!.observed).toEqual([document.body, banner]);
    keepFocusVisible(null);
    window.dispatchEvent(new Event('resize'));
    expect(FakeObserver.live).toEqual([]);
  });

  it('a new size replaces the padding and spacer instead of adding a second one', () => {
    layout(3000);
    let top = innerHeight - 200;
    const banner = document.createElement('section');
    banner.getBoundingClientRect = () => box(top, innerHeight - 16);
    keepFocusVisible(banner);
    settle();
    top = innerHeight - 300;
    settle();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('300px');
    expect(spacer()).toBe(300);
    expect(document.body.children.length).toBe(2);
  });

  it('rendering the same banner again keeps its one observer', () => {
    const banner = bannerAt(0, 120);
    keepFocusVisible(banner);
    keepFocusVisible(banner);
    expect(FakeObserver.live.length).toBe(1);
  });

  it('pads the top for a banner at the top, without pushing the page down', () => {
    layout(3000);
    keepFocusVisible(bannerAt(0, 120));
    settle();
    expect(document.documentElement.style.scrollPaddingTop).toBe('120px');
    expect(document.body.children.length).toBe(1);
  });

  it('a page that ends above the banner gets the padding and no spacer', () => {
    layout(innerHeight - 200);
    keepFocusVisible(bottomBanner());
    settle();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('200px');
    expect(spacer()).toBe(0);
    expect(document.documentElement.style.scrollbarWidth).toBe('');
  });

  it('a page that fits the window but ends under the banner gets a spacer and no scrollbar, until it scrolls by itself', () => {
    layout(innerHeight - 50, 0);
    document.documentElement.style.scrollbarWidth = 'thin';
    keepFocusVisible(bottomBanner());
    settle();
    expect(spacer()).toBe(200);
    expect(document.documentElement.style.scrollbarWidth).toBe('none');
    // measured again with the spacer in: the same
    settle();
    expect(spacer()).toBe(200);
    expect(document.documentElement.style.scrollbarWidth).toBe('none');
    // the page grows past the window: its own scrollbar shows
    layout(innerHeight + 500, 0);
    settle();
    expect(spacer()).toBe(200);
    expect(document.documentElement.style.scrollbarWidth).toBe('thin');
    keepFocusVisible(null);
    expect(document.documentElement.style.scrollbarWidth).toBe('thin');
  });

  it('a spacer that pulled the last margin into <body> does not count as the page scrolling by itself', () => {
    document.body.style.marginBottom = '8px';
    let height = innerHeight - 50;
    layout(height);
    keepFocusVisible(bottomBanner());
    settle();
    expect(document.documentElement.style.scrollbarWidth).toBe('none');
    // with the spacer in, <body> is 8 px taller than the page alone (the margin), which is still within the window
    height = innerHeight + 8;
    layout(height);
    settle();
    expect(document.documentElement.style.scrollbarWidth).toBe('none');
    document.body.style.marginBottom = '';
  });

  it('a scrollbar that already takes width stays: the spacer comes without hiding it', () => {
    layout(innerHeight - 50, 15);
    keepFocusVisible(bottomBanner());
    settle();
    expect(spacer()).toBe(200);
    expect(document.documentElement.style.scrollbarWidth).toBe('');
  });

  it('a page that shrinks above the banner loses the spacer and gets its scrollbar back', () => {
    let height = innerHeight - 50;
    layout(height);
    keepFocusVisible(bottomBanner());
    settle();
    expect(spacer()).toBe(200);
    height = 100;
    layout(height);
    settle();
    expect(spacer()).toBe(0);
    expect(document.documentElement.style.scrollbarWidth).toBe('');
  });

  it('without ResizeObserver it measures at once', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    layout(3000);
    keepFocusVisible(bannerAt(0, 120));
    expect(document.documentElement.style.scrollPaddingTop).toBe('120px');
  });
});
