/**
 * Blocking by host (`"autoBlock": true`): installed when this module runs, before any script after cookiegate's tag,
 * so what other scripts insert or request is held while the service that claims its host is not granted. Only the
 * auto-block build carries it (`cookiegate.autoblock.js`, `import 'cookiegate/auto-block'`): a page without it pays
 * nothing. It catches
 * - `src` given to a script, iframe or image (`createElement` then `src`/`setAttribute`, `new Image().src`);
 * - images and iframes in HTML strings (`innerHTML`, `insertAdjacentHTML`, `document.write`, which also carries
 *   scripts);
 * - scripts in the HTML after the tag (a `MutationObserver` turns them inert before the parser runs them; the
 *   browser's preload scanner may have requested them already, which no script can stop);
 * - `fetch` (rejects as if offline), `XMLHttpRequest` (fails with `error`), `navigator.sendBeacon` (returns `false`).
 */
import { $config, $consent } from '../engine/stores';
import { hold, releaseGranted, settleWaiting } from './hold';
import { setConfigured, verdict, type Verdict } from './verdict';
import { AUTO_BLOCK_PROPERTY } from '../engine/defaults';
import { problem, report } from '../engine/errors';

/** Elements whose `src` we watch. */
const TAGS = ['SCRIPT', 'IFRAME', 'IMG'];
/**
 * The `src` values an HTML string spells out, for a look before parsing it (text that only looks like one, in a comment
 * or a script's code, is read too: that only costs a parse). No entity is decoded.
 */
const SRC = /src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;
/** A value the pattern read whole and as the parser will: no entity, quote, space or angle bracket in it. */
const PLAIN_URL = /^[^&"'\s<>]+$/;

/** Settles once the config is here (a `data-config` URL is fetched): requests made meanwhile wait for it. */
let configReady: Promise<void>;

/** `verdict` now, or once the config is here. */
function decide(url: string, then: (v: Verdict) => unknown): unknown {
  const now = verdict(url);
  return now === 'wait' ? configReady.then(() => then(verdict(url))) : then(now);
}

/** A document with no window: what is parsed into it loads nothing and runs nothing, and is only looked at. */
const inert = document.implementation.createHTMLDocument('');

/**
 * Parses HTML inertly, as children of an element like `context`, holds what it must, and gives back the HTML to
 * insert: the same string when nothing was held, else the held elements written out, inert until activation. (Moving
 * the parsed nodes into the page instead would spare the page its parse, but Chromium takes longer to move nodes from
 * one document to another than to parse a short string again.)
 */
function filterHtml(html: string, scripts: boolean, context: Element): string {
  // Most strings load nothing a service claims (or nothing at all): a look at their `src` values spares them a parse.
  if (Array.from(html.matchAll(SRC), (m) => m.slice(1).join('')).every((url) => PLAIN_URL.test(url) && verdict(url) === 'free')) return html;
  // An element of that document rather than a <template>: the context's own tag parses table rows and raw text (a
  // <script>'s code, a <style>) as the real insertion will, and Chromium parses there a little faster (about 1.3×).
  const box = inert.createElement(context.localName);
  innerHtml.set!.call(box, html);
  let changed = false;
  // Scripts that innerHTML inserts never run (HTML spec), so only document.write's need holding.
  for (const el of box.querySelectorAll('img[src],iframe[src]' + (scripts ? ',script[src]' : ''))) {
    if (hold(el, el.getAttribute('src')!)) changed = true;
  }
  return changed ? (innerHtml.get!.call(box) as string) : html;
}

const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;

function install(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[AUTO_BLOCK_PROPERTY]) return;
  w[AUTO_BLOCK_PROPERTY] = true;
  configReady = new Promise((resolve) => {
    const off = $config.listen((config) => {
      off();
      setConfigured(config.autoBlock);
      settleWaiting();
      resolve();
    });
  });
  $consent.listen(() => releaseGranted());

  for (const tag of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement]) {
    const src = Object.getOwnPropertyDescriptor(tag.prototype, 'src')!;
    Object.defineProperty(tag.prototype, 'src', {
      ...src,
      set(this: Element, url: unknown) {
        if (!hold(this, String(url))) src.set!.call(this, url);
      },
    });
  }
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'src' && TAGS.includes(this.tagName) && hold(this, String(value))) return;
    setAttribute.call(this, name, value);
  };

  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...innerHtml,
    set(this: Element, html: string) {
      // A <template>'s own parse finds nothing in it: its content is inert already.
      innerHtml.set!.call(this, filterHtml(html, false, this));
    },
  });
  const insertAdjacentHTML = Element.prototype.insertAdjacentHTML;
  Element.prototype.insertAdjacentHTML = function (this: Element, where: InsertPosition, html: string) {
    // Inside the element (`afterbegin`, `beforeend`: 10 and 9 letters) the HTML is parsed as its children; beside it
    // (`beforebegin`, `afterend`: 11 and 8), as its parent's. Any other position throws in the native call.
    insertAdjacentHTML.call(this, where, filterHtml(html, false, (where.length - 8) % 3 ? this : this.parentElement || inert.body));
  };
  for (const name of ['write', 'writeln'] as const) {
    const write = Document.prototype[name];
    Document.prototype[name] = function (this: Document, ...html: string[]) {
      write.call(this, filterHtml(html.join(''), true, inert.body));
    };
  }

  // Scripts in the HTML after the tag: the parser runs a microtask checkpoint before it runs a script it inserted,
  // so this observer turns a claimed one inert first (https://html.spec.whatwg.org/#scriptEndTag).
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        const el = node as HTMLScriptElement;
        if (el.tagName === 'SCRIPT' && el.hasAttribute('src') && !el.hasAttribute('data-category') && /^$|java|ecma|module/i.test(el.type))
          hold(el, el.getAttribute('src')!);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  const fetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    decide(input instanceof Request ? input.url : String(input), (v) =>
      // As if offline: what a page already handles for a failed request.
      v === 'free' ? fetch.call(window, input, init) : Promise.reject(new TypeError('Failed to fetch')),
    ) as Promise<Response>;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    urls.set(this, String(args[1]));
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    decide(urls.get(this) || '', (v) =>
      v === 'free' ? send.call(this, body) : setTimeout(() => ['error', 'loadend'].forEach((type) => this.dispatchEvent(new ProgressEvent(type)))),
    );
  };
  const sendBeacon = navigator.sendBeacon;
  // A held beacon is dropped, never sent later: the page learns it as the API says, from `false`.
  if (sendBeacon) navigator.sendBeacon = (url, data) => verdict(String(url)) === 'free' && sendBeacon.call(navigator, url, data);
}

try {
  install();
} catch (error) {
  // The host page must keep working whatever happens here.
  report(problem('autoBlockFailed', 'autoBlock', (error as Error) && (error as Error).message));
}
