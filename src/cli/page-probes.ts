/**
 * What the audit reads inside the audited page: who wrote which cookie, the storage keys, the elements marked with
 * `data-category`, the same-origin links, and whether cookiegate is there.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Property of window where the recorder keeps its writes (not enumerable, so the page's own code does not see it). */
const WRITES = '__cookiegateAuditCookieWrites';

/**
 * Runs before any script of the page: records each `document.cookie` write with the stack that made it, so a cookie
 * found later can be traced to the script and line that wrote it. The write itself goes through unchanged.
 */
export const COOKIE_WRITE_RECORDER = `(() => {
  const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!own || !own.set) return;
  const writes = [];
  Object.defineProperty(window, '${WRITES}', { value: writes });
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: own.enumerable,
    get() { return own.get.call(this); },
    set(value) {
      try { writes.push({ cookie: String(value).split(';')[0], stack: String(new Error().stack) }); } catch (e) {}
      own.set.call(this, value);
    },
  });
})();`;

/** One `document.cookie` write: `name=value` and the stack of the code that wrote it. */
export interface CookieWrite {
  cookie: string;
  stack: string;
}

/** An element marked for cookiegate, by the URL it loads (or will load). */
export interface MarkedElement {
  url: string;
  tag: string;
  category: string;
  service?: string;
}

/** Storage keys of the page's origin. */
export interface StorageKeys {
  origin: string;
  localStorage: string[];
  sessionStorage: string[];
}

/** Reads something in the page; `fallback` when the page does not let us (JavaScript off, a navigation under way). */
async function read<T>(page: Page, fn: () => T, fallback: Awaited<T>): Promise<Awaited<T>> {
  try {
    return (await page.evaluate(fn)) as Awaited<T>;
  } catch {
    return fallback;
  }
}

export const cookieWrites = (page: Page): Promise<CookieWrite[]> =>
  read(page, () => ((window as unknown as Record<string, CookieWrite[]>).__cookiegateAuditCookieWrites ?? []).slice(), []);

export const storageKeys = (page: Page): Promise<StorageKeys | null> =>
  read<StorageKeys | null>(
    page,
    () => {
      try {
        return { origin: location.origin, localStorage: Object.keys(localStorage), sessionStorage: Object.keys(sessionStorage) };
      } catch {
        return null;
      }
    },
    null,
  );

export const markedElements = (page: Page): Promise<MarkedElement[]> =>
  read(
    page,
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-category]')).flatMap((element) => {
        const raw = element.getAttribute('src') || element.getAttribute('data-src');
        if (!raw) return [];
        const service = element.getAttribute('data-service');
        return [
          {
            url: new URL(raw, document.baseURI).href,
            tag: element.tagName.toLowerCase(),
            category: element.getAttribute('data-category') ?? '',
            ...(service ? { service } : {}),
          },
        ];
      }),
    [],
  );

/** Links on the page to other pages of its origin, without fragments, in document order. */
export const sameOriginLinks = (page: Page): Promise<string[]> =>
  read(page, () => {
    const here = location.href.split('#')[0];
    const found = new Set<string>();
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const url = new URL(link.href, document.baseURI);
      url.hash = '';
      if (url.origin === location.origin && url.href !== here && /^https?:$/.test(url.protocol)) found.add(url.href);
    }
    return Array.from(found);
  }, []);

export const hasCookieGate = (page: Page): Promise<boolean> =>
  read(page, () => typeof (window as unknown as { CookieGate?: { rejectAll?: unknown } }).CookieGate?.rejectAll === 'function', false);

/** Scrolls to the bottom in steps, as a visitor would, so lazy content below the fold loads. */
export const scrollToBottom = (page: Page): Promise<void> =>
  read<Promise<void> | undefined>(
    page,
    () =>
      new Promise<void>((resolve) => {
        let y = 0;
        const step = () => {
          y += window.innerHeight;
          window.scrollTo(0, y);
          if (y >= document.documentElement.scrollHeight) resolve();
          else setTimeout(step, 50);
        };
        step();
      }),
    undefined,
  );

/**
 * The site's cookiegate config, for naming its own services: the `data-config` of the cookiegate tag (a URL, fetched
 * from Node so the page's log stays the page's, or the id of an inline JSON script), else `#cookiegate-config`.
 */
export async function siteConfig(page: Page, context: BrowserContext): Promise<unknown> {
  const found = await read<{ url?: string; inline?: string } | null>(
    page,
    () => {
      const tag = document.querySelector<HTMLScriptElement>('script[data-config]');
      const value = tag?.getAttribute('data-config');
      const inline = (id: string) => {
        const script = document.getElementById(id);
        return script instanceof HTMLScriptElement && script.type === 'application/json' ? (script.textContent ?? '') : undefined;
      };
      if (value) {
        const text = inline(value);
        return text !== undefined ? { inline: text } : { url: new URL(value, document.baseURI).href };
      }
      const text = inline('cookiegate-config');
      return text !== undefined ? { inline: text } : null;
    },
    null,
  );
  try {
    if (found?.inline !== undefined) return JSON.parse(found.inline);
    if (found?.url) {
      const response = await context.request.get(found.url);
      return response.ok() ? await response.json() : null;
    }
  } catch {
    /* an unreadable config names nothing; the catalogue still does */
  }
  return null;
}
