import { $config, $consent } from './stores';
import { hasConsent } from './actions';
import { problem, report } from './errors';
import { getNonce } from '../platform/nonce';
import { isSafeUrl } from './safe-url';
import { trustedScript, trustedScriptUrl } from '../platform/trusted-types';

/**
 * CSS selector of everything `data-category` can gate.
 * @example document.querySelectorAll(GATED_SELECTOR).length
 */
export const GATED_SELECTOR = 'script[type="text/plain"][data-category],[data-category][data-src],[data-category][data-srcset],link[data-category][data-href]';

/** Marked elements that are live already: markup mistakes worth a warning. */
const LIVE_SELECTOR = 'script[data-category]:not([type="text/plain"]),img[data-category][src],iframe[data-category][src]';

/**
 * Attribute marking an element's state for styles, placeholders and tests: `blocked` or `active`.
 * @example iframe.getAttribute(STATE_ATTR) === 'blocked'
 */
export const STATE_ATTR = 'data-cg-state';

/** Elements already activated or queued: each activates exactly once. */
const started = new WeakSet<Element>();
/**
 * What each script that ran (or is queued to) was: its type with its `src`, or with its code. A marked script runs at
 * most once per page load, so the same script in a new element (a framework re-created it while recovering from a
 * hydration mismatch, or renders it again on a client-side navigation) is marked active and not run again.
 */
const ranScripts = new Set<string>();

/** What makes a marked script the same script: its type, and its absolute `src` or else its code. */
function scriptIdentity(script: HTMLScriptElement): string {
  const src = script.getAttribute('src') ?? script.getAttribute('data-src');
  let url = src;
  try {
    if (src !== null) url = new URL(src, document.baseURI).href;
  } catch {
    /* an unparsable src is refused on activation; its text is identity enough */
  }
  return (script.getAttribute('data-type') || 'text/javascript') + ' ' + (src !== null ? 'src ' + url : 'code ' + script.text);
}
/** Elements already reported as invalid: one error each. */
const reported = new WeakSet<Element>();
/** Scripts run one after another, as the parser would have run them. */
let scriptQueue: Promise<void> = Promise.resolve();
/** Loads of classic external scripts inserted in order but not yet finished (the browser fetches them in parallel). */
let inOrderLoads: Promise<void>[] = [];
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

/** How an element is named in errors: its tag with the attributes that identify it. */
export function describeElement(el: Element): string {
  const attrs = ['data-category', 'data-service', 'src', 'data-src', 'data-href']
    .filter((a) => el.hasAttribute(a))
    .map((a) => a + '="' + el.getAttribute(a)!.slice(0, 80) + '"');
  return '<' + el.tagName.toLowerCase() + (attrs.length ? ' ' + attrs.join(' ') : '') + '>';
}

/** Whether consent allows the element; `undefined` when its markup names an unknown category or service. */
function isAllowed(el: Element): boolean | undefined {
  const config = $config.get();
  const categoryId = el.getAttribute('data-category')!;
  const service = el.getAttribute('data-service') ?? undefined;
  const category = config.categories.find((c) => c.id === categoryId);
  let p;
  if (!category) p = problem('unknownCategory', describeElement(el), categoryId, config.categories.map((c) => c.id).join(', '));
  else if (service !== undefined && !category.services.some((s) => s.id === service))
    p = problem('unknownService', describeElement(el), service, categoryId, category.services.map((s) => s.id).join(', ') || '(none)');
  if (p) {
    if (!reported.has(el)) {
      reported.add(el);
      report(p);
    }
    return undefined;
  }
  return hasConsent(categoryId, service);
}

/** Copies a URL attribute into place, refusing `javascript:` and other non-http schemes. */
function moveUrl(el: Element, from: string, to: string): void {
  const value = el.getAttribute(from);
  if (value === null) return;
  const urls = to === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
  if (urls.every(isSafeUrl)) el.setAttribute(to, value);
  else report(problem('unsafeAttr', describeElement(el), from));
}

/**
 * Runs one blocked script through a live copy appended to `<head>`, and marks the inert original `active` where it
 * is: the page's own markup (which a framework may be about to hydrate) keeps every node it had. Resolves when an
 * external one has loaded or failed.
 */
function runScript(original: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    for (const { name, value } of Array.from(original.attributes)) {
      if (name === 'type' || name === 'data-type' || name === 'src' || name === 'data-src' || name === STATE_ATTR) continue;
      script.setAttribute(name, value);
    }
    script.setAttribute('type', original.getAttribute('data-type') || 'text/javascript');
    const nonce = getNonce() || original.nonce;
    if (nonce) script.nonce = nonce;
    script.setAttribute(STATE_ATTR, 'active');
    started.add(script);
    const src = original.getAttribute('src') ?? original.getAttribute('data-src');
    try {
      if (src !== null) {
        if (!isSafeUrl(src)) {
          report(problem('unsafeAttr', describeElement(original), 'src'));
          return resolve();
        }
        script.onload = script.onerror = () => resolve();
        // Inserted scripts are async by default; in-order ones download together and still run one by one.
        if (!original.hasAttribute('async')) script.async = false;
        script.src = trustedScriptUrl(src);
      } else {
        script.text = trustedScript(original.text);
      }
      // Elements appended to <head> are what a framework's hydration skips (React 19 ignores unexpected tags there).
      (document.head || document.documentElement).appendChild(script);
      original.setAttribute(STATE_ATTR, 'active');
    } catch (error) {
      // Trusted Types required without our policy allowed, or a page that broke the DOM: this script stays
      // blocked, nothing is thrown into the page, and the scripts after it still get their turn.
      report(problem('refused', describeElement(original), (error as Error).message));
      return resolve();
    }
    // Inline code runs on insertion; a type the browser does not run (text/x-template…) never fires load.
    if (src === null || !/^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(script.type)) resolve();
  });
}

/** Gives a gated element its real source(s). */
function activateMedia(el: Element): void {
  // Chromium drops a src given to an iframe in the same microtask checkpoint in which the parser inserted it
  // (a returning visitor's embeds would never load): while the document parses, give it a task of its own.
  if (el.tagName === 'IFRAME' && document.readyState === 'loading' && !el.hasAttribute(STATE_ATTR + '-wait')) {
    el.setAttribute(STATE_ATTR + '-wait', '');
    setTimeout(() => {
      el.removeAttribute(STATE_ATTR + '-wait');
      activateMedia(el);
    });
    return;
  }
  el.setAttribute(STATE_ATTR, 'active');
  if (el.tagName === 'LINK') moveUrl(el, 'data-href', 'href');
  moveUrl(el, 'data-srcset', 'srcset');
  moveUrl(el, 'data-src', 'src');
  // <source> children only take effect when their media element reloads.
  const parent = el.parentElement;
  if (el.tagName === 'SOURCE' && parent && 'load' in parent) (parent as HTMLMediaElement).load();
}

/**
 * Activates one gated element now, whatever the stored choice ("load only this time" on a placeholder).
 * Stores nothing. A script runs at most once per page load: another element with the same type and `src` (or the
 * same inline code) is only marked active.
 *
 * @param el a gated `<script type="text/plain">`, `<iframe>`, `<img>` or `<link>` with `data-category`
 * @example loadOnce.onclick = () => activateElement(document.querySelector('#map')!)
 */
export function activateElement(el: Element): void {
  if (started.has(el)) return;
  started.add(el);
  if (el.tagName === 'SCRIPT') {
    const script = el as HTMLScriptElement;
    const identity = scriptIdentity(script);
    if (ranScripts.has(identity)) {
      script.setAttribute(STATE_ATTR, 'active');
      return;
    }
    ranScripts.add(identity);
    scriptQueue = scriptQueue.then(() => {
      const isExternal = script.hasAttribute('src') || script.hasAttribute('data-src');
      if (isExternal && script.getAttribute('data-type') !== 'module') {
        // A classic external script keeps its place through `async = false`: no need to wait for its load here,
        // and an author's `async` one never held the page up anyway.
        const load = runScript(script);
        if (!script.hasAttribute('async')) inOrderLoads.push(load);
        return;
      }
      // Inline code and modules run as soon as they are inserted: everything before them must have run first.
      const before = Promise.all(inOrderLoads);
      inOrderLoads = [];
      return before.then(() => runScript(script));
    });
  } else activateMedia(el);
}

/** Puts an activated iframe back to not loaded; a fresh copy is the only sure way to unload it. */
function resetFrame(frame: Element): void {
  const copy = frame.cloneNode(true) as Element;
  copy.removeAttribute('src');
  copy.setAttribute(STATE_ATTR, 'blocked');
  started.delete(frame);
  frame.replaceWith(copy);
}

function matching(root: Element | Document, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * Reports marked elements that load before consent anyway: a gated script without `type="text/plain"`,
 * an image or iframe with a live `src` (about:blank and data: placeholders load nothing and pass).
 */
function reportLiveMarkup(root: Element | Document): void {
  for (const el of matching(root, LIVE_SELECTOR)) {
    if (started.has(el) || reported.has(el)) continue;
    const category = $config.get().categories.find((c) => c.id === el.getAttribute('data-category'));
    if (category?.readOnly) continue;
    const src = el.getAttribute('src') || '';
    const isScript = el.tagName === 'SCRIPT';
    if (isScript || /^(?!about:|data:)./.test(src)) {
      reported.add(el);
      report(problem(isScript ? 'liveScript' : 'liveSrc', describeElement(el), 'src'));
    }
  }
}

/** Activates what the current choice allows under `root`, marks the rest blocked, and resets withdrawn iframes. */
export function scan(root: Element | Document = document): void {
  reportLiveMarkup(root);
  for (const el of matching(root, GATED_SELECTOR)) {
    const allowed = isAllowed(el);
    if (started.has(el)) {
      if (!allowed && el.tagName === 'IFRAME' && el.getAttribute(STATE_ATTR) === 'active') resetFrame(el);
      continue;
    }
    if (allowed) activateElement(el);
    else if (el.getAttribute(STATE_ATTR) !== 'blocked') el.setAttribute(STATE_ATTR, 'blocked');
  }
}

/**
 * Starts gating on its own: scans the document now and on every change of consent, and watches for elements added
 * later (single-page apps). `init` scans in its own phase instead (after the integrations, `engine/integration.ts`)
 * and only calls `watchAddedElements`. Safe to call more than once.
 */
export function startActivator(): void {
  if (observer || typeof document === 'undefined') return;
  unsubscribe = $consent.subscribe(() => scan());
  watchAddedElements();
}

/**
 * Gates elements added to the document later (single-page apps, lazy markup), as `scan` gates the rest.
 * @returns a function that stops watching
 */
export function watchAddedElements(): () => void {
  if (observer || typeof document === 'undefined') return stopActivator;
  observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      m.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && !started.has(node as Element)) scan(node as Element);
      });
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return stopActivator;
}

/** Stops gating new elements (tests, hot module reload). Already activated elements stay as they are. */
export function stopActivator(): void {
  observer?.disconnect();
  unsubscribe?.();
  observer = unsubscribe = undefined;
}
