import { describe, expect, it } from 'vitest';
import { isSafeLink, isSafeUrl } from '../../../src/core/engine/safe-url';

describe('URL safety (one rule for config URLs, activation and links in texts)', () => {
  it('passes http(s) and relative URLs everywhere', () => {
    for (const url of ['https://example.test/p', 'HTTP://e.test', '/privacy', '#cookies', 'privacy.html', '?a=b', '//cdn.example.test/x.js']) {
      expect([url, isSafeUrl(url), isSafeLink(url)]).toEqual([url, true, true]);
    }
  });

  it('passes mailto and tel only as links a visitor follows, never as something cookiegate loads', () => {
    for (const url of ['mailto:dpo@example.test', 'tel:+3112345', 'MAILTO:dpo@example.test']) {
      expect([url, isSafeUrl(url), isSafeLink(url)]).toEqual([url, false, true]);
    }
  });

  it('refuses script and data schemes however the browser would still read them', () => {
    const hidden = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0001javascript:x',
      'javascript\u007f:x',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'vbscript:x',
      'java_script:x',
    ];
    for (const url of hidden) expect([url, isSafeUrl(url), isSafeLink(url)]).toEqual([url, false, false]);
  });
});
