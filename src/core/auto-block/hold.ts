/**
 * Holding an element whose URL a service claims: it becomes a marked element (`data-src`, `data-category`,
 * `data-service`, a script `type="text/plain"`), so activation treats it exactly like one a site marked by hand
 * (scripts in order, once each; iframes reset on withdrawal). Only elements that never connect to the document (a
 * `new Image()` pixel) or were held before the config arrived need anything more, and that is here.
 */
import { activateElement, scan, STATE_ATTR } from '../engine/activate';
import { hasConsent } from '../engine/actions';
import { lastClaim, verdict } from './verdict';

/** Marks an element held before the config said which service, if any, claims its URL. */
const WAITING = 'data-cg-held';

/** Held elements that activate.ts may not see: detached ones, and those waiting for the config. */
const held = new Set<Element>();

const setAttr = Element.prototype.setAttribute;
const removeAttr = Element.prototype.removeAttribute;

/**
 * Gives a held element the category and name of the service its last `verdict` found not granted: it is marked now,
 * and blocked. Marked blocked here, usually before the page adds it to the document, the element is one attribute
 * change fewer for activation's watcher to make once it is in (with the page's styles to match again).
 */
function mark(el: Element): void {
  const [category, service] = lastClaim!;
  setAttr.call(el, 'data-category', category);
  setAttr.call(el, 'data-service', service);
  setAttr.call(el, STATE_ATTR, 'blocked');
}

/**
 * Holds `el` instead of giving it `url` (as `src`) when a service that claims the URL is not granted; `false` when
 * it may load. An element with `data-category` is activation's own business: never held twice.
 */
export function hold(el: Element, url: string): boolean {
  if (el.hasAttribute('data-category')) return false;
  const now = verdict(url);
  if (now === 'free') return false;
  setAttr.call(el, 'data-src', url);
  removeAttr.call(el, 'src');
  if (el.tagName === 'SCRIPT') {
    const type = el.getAttribute('type');
    if (type) setAttr.call(el, 'data-type', type);
    setAttr.call(el, 'type', 'text/plain');
  }
  if (now === 'wait') setAttr.call(el, WAITING, '');
  else mark(el);
  // One parsed inertly (innerHTML, document.write) is written out again: only its copy in the document counts.
  if (el.ownerDocument === document) held.add(el);
  return true;
}

/** Lets a held element load: a connected one through activation, a detached one gets its attributes back. */
function release(el: Element): void {
  held.delete(el);
  if (el.isConnected) return activateElement(el);
  const type = el.getAttribute('data-type');
  if (type) setAttr.call(el, 'type', type);
  else removeAttr.call(el, 'type');
  for (const name of ['data-type', 'data-category', 'data-service']) removeAttr.call(el, name);
  const url = el.getAttribute('data-src')!;
  removeAttr.call(el, 'data-src');
  removeAttr.call(el, STATE_ATTR);
  setAttr.call(el, 'src', url);
}

/** The config is here: what waited is released, or marked for its service. */
export function settleWaiting(): void {
  // An element in both lists is settled once: the second time, it is no longer waiting.
  for (const el of [...held, ...document.querySelectorAll('[' + WAITING + ']')]) {
    if (!el.hasAttribute(WAITING)) continue;
    removeAttr.call(el, WAITING);
    const url = el.getAttribute('data-src')!;
    if (verdict(url) === 'free') release(el);
    else {
      mark(el);
      if (el.isConnected) scan(el);
    }
  }
}

/** A choice: detached held elements whose service is granted now load (activation sees only the document). */
export function releaseGranted(): void {
  for (const el of held) {
    if (el.isConnected) {
      if (!el.hasAttribute(WAITING)) held.delete(el);
    } else if (!el.hasAttribute(WAITING) && hasConsent(el.getAttribute('data-category')!, el.getAttribute('data-service')!)) release(el);
  }
}
