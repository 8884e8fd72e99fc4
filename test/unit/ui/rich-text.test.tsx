// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { richText, safeUrl } from '../../../src/ui/rich-text';

function html(text: string): HTMLElement {
  const el = document.createElement('p');
  render(richText(text), el);
  return el;
}

describe('richText', () => {
  it('renders [text](url) as a link and *text* as emphasis', () => {
    const el = html('Read our [policy](/privacy) *today*.');
    expect(el.querySelector('a')!.getAttribute('href')).toBe('/privacy');
    expect(el.querySelector('a')!.textContent).toBe('policy');
    expect(el.querySelector('em')!.textContent).toBe('today');
    expect(el.textContent).toBe('Read our policy today.');
  });

  it('shows HTML in config text as the characters typed, never as elements', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const el = html(hostile);
    expect(el.querySelector('img,script')).toBeNull();
    expect(el.textContent).toBe(hostile);
  });

  it('refuses javascript: and data: links, also when disguised, keeping their text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const el = html(`[click](${url})`);
      expect(el.querySelector('a')).toBeNull();
      expect(el.textContent).toBe('click');
    }
  });

  it('does not let a link label smuggle markup', () => {
    const el = html('[<b onclick=alert(1)>x</b>](https://example.test)');
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('a')!.textContent).toBe('<b onclick=alert(1)>x</b>');
  });
});

describe('safeUrl', () => {
  it('passes http(s), mailto, tel and relative URLs', () => {
    for (const url of ['https://example.test/p', 'http://e.test', 'mailto:dpo@e.test', 'tel:+3112345', '/privacy', '#cookies', 'privacy.html', '?a=b']) {
      expect(safeUrl(url)).toBe(url);
    }
  });

  it('refuses other schemes', () => {
    expect(safeUrl('javascript:void 0')).toBeUndefined();
    expect(safeUrl('\x01javascript:x')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
