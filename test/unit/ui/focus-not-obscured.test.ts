// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepFocusVisible } from '../../../src/ui/focus-not-obscured';

function bannerAt(top: number, bottom: number): HTMLElement {
  const el = document.createElement('section');
  el.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 300, width: 300, height: bottom - top, x: 0, y: top, toJSON() {} });
  return el;
}

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
  disconnect() {
    FakeObserver.live = FakeObserver.live.filter((o) => o != this);
  }
  static fire() {
    FakeObserver.live.forEach((o) => o.callback());
  }
}

beforeEach(() => {
  FakeObserver.live = [];
  vi.stubGlobal('ResizeObserver', FakeObserver);
});
afterEach(() => {
  keepFocusVisible(null);
  vi.unstubAllGlobals();
});

describe('keepFocusVisible', () => {
  it('measures the banner only when the browser reports its box (never forcing a layout), then undoes everything', () => {
    document.body.innerHTML = '<main>page</main>';
    document.documentElement.style.scrollPaddingBottom = '10px';
    const banner = bannerAt(innerHeight - 200, innerHeight - 16);
    const measure = vi.spyOn(banner, 'getBoundingClientRect');
    keepFocusVisible(banner);
    expect(measure).not.toHaveBeenCalled();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    FakeObserver.fire();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('200px');
    const spacer = document.body.lastElementChild as HTMLElement;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe('200px');
    keepFocusVisible(null);
    expect(FakeObserver.live).toEqual([]);
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    expect(document.body.lastElementChild!.tagName).toBe('MAIN');
  });

  it('a new size replaces the padding and spacer instead of adding a second one', () => {
    document.body.innerHTML = '<main>page</main>';
    let top = innerHeight - 200;
    const banner = document.createElement('section');
    banner.getBoundingClientRect = () => ({ top, bottom: innerHeight - 16, left: 0, right: 300, width: 300, height: 0, x: 0, y: top, toJSON() {} });
    keepFocusVisible(banner);
    FakeObserver.fire();
    top = innerHeight - 300;
    FakeObserver.fire();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('300px');
    expect(document.body.children.length).toBe(2);
  });

  it('rendering the same banner again keeps its one observer', () => {
    const banner = bannerAt(0, 120);
    keepFocusVisible(banner);
    keepFocusVisible(banner);
    expect(FakeObserver.live.length).toBe(1);
    expect(FakeObserver.live[0]!.observed).toEqual([banner]);
  });

  it('pads the top for a banner at the top, without pushing the page down', () => {
    document.body.innerHTML = '<main>page</main>';
    keepFocusVisible(bannerAt(0, 120));
    FakeObserver.fire();
    expect(document.documentElement.style.scrollPaddingTop).toBe('120px');
    expect(document.body.children.length).toBe(1);
  });

  it('without ResizeObserver it measures at once', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    document.body.innerHTML = '<main>page</main>';
    keepFocusVisible(bannerAt(0, 120));
    expect(document.documentElement.style.scrollPaddingTop).toBe('120px');
  });
});
