// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keepFocusVisible } from '../../../src/ui/focus-not-obscured';

function bannerAt(top: number, bottom: number): HTMLElement {
  const el = document.createElement('section');
  el.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 300, width: 300, height: bottom - top, x: 0, y: top, toJSON() {} });
  return el;
}

afterEach(() => keepFocusVisible(null));

describe('keepFocusVisible', () => {
  it('pads scrolling under a bottom banner and adds room at the end of the page, then undoes both', () => {
    document.body.innerHTML = '<main>page</main>';
    document.documentElement.style.scrollPaddingBottom = '10px';
    keepFocusVisible(bannerAt(innerHeight - 200, innerHeight - 16));
    expect(document.documentElement.style.scrollPaddingBottom).toBe('200px');
    const spacer = document.body.lastElementChild as HTMLElement;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe('200px');
    keepFocusVisible(null);
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    expect(document.body.lastElementChild!.tagName).toBe('MAIN');
  });

  it('pads the top for a banner at the top, without pushing the page down', () => {
    document.body.innerHTML = '<main>page</main>';
    keepFocusVisible(bannerAt(0, 120));
    expect(document.documentElement.style.scrollPaddingTop).toBe('120px');
    expect(document.body.children.length).toBe(1);
  });
});
