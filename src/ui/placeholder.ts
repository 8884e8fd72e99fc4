import { $config, $consent, $language, activateElement, allowEmbed, getNonce, rememberOpener, showPreferences } from '../core/kernel';
import { currentTexts, styleRoot } from './root';
import { injectUiStyle } from './style';
import { fill } from './template';

const BLOCKED = 'iframe[data-category][data-cg-state="blocked"]';

/**
 * Placeholders by the iframe they stand in for. `display` is set only for a placeholder beside the iframe (a sandboxed
 * iframe whose document we cannot reach): the iframe's own inline `display` to give back.
 */
const shown = new Map<HTMLIFrameElement, { box: HTMLElement; display?: string }>();

/** The custom properties a site may set on `.cg-root` (README "Styling"), copied into each placeholder's document. */
const PROPS = 'font font-size small line-height bg fg muted border btn-bg btn-fg btn-hover link focus radius btn-radius pad gap'.split(' ');

function button(doc: Document, text: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.className = 'cg-btn';
  el.textContent = text;
  el.onclick = onClick;
  return el;
}

/** A placeholder saying what is blocked and offering to load it, made in `doc` (the iframe's own, or the page's). */
function create(iframe: HTMLIFrameElement, doc: Document): HTMLElement {
  const config = $config.get();
  const texts = currentTexts();
  const t = texts.placeholder;
  const categoryId = iframe.dataset.category!;
  const serviceId = iframe.dataset.service || null;
  const category = texts.categories[categoryId]?.title || categoryId;
  const known = config.categories.flatMap((c) => c.services).find((s) => s.id === serviceId);
  const values = { service: known?.label || serviceId || category, category };

  const box = doc.createElement('div');
  box.className = 'cg-root cg-ph';
  styleRoot(box);
  box.setAttribute('role', 'group');

  const title = doc.createElement('p');
  title.className = 'cg-title';
  title.id = 'cg-ph-' + Math.random().toString(36).slice(2);
  title.textContent = fill(t.title, values);
  box.setAttribute('aria-labelledby', title.id);
  const text = doc.createElement('p');
  text.className = 'cg-text';
  text.textContent = fill(t.text, values);
  const actions = doc.createElement('div');
  actions.className = 'cg-btns';
  actions.append(
    button(doc, fill(t.allow, values), () => allowEmbed(categoryId, serviceId)),
    button(doc, fill(t.once, values), () => activateElement(iframe)),
    button(doc, fill(t.preferences, values), (event) => {
      rememberOpener(event.currentTarget as Element);
      showPreferences();
    }),
  );
  box.append(title, text, actions);
  return box;
}

/**
 * The document of a blocked iframe: with no `src` it is an empty `about:blank` of the page's own origin, which the
 * iframe keeps until it is given its `src`. `null` when a `sandbox` without `allow-same-origin` closes it to us.
 */
function frameDocument(iframe: HTMLIFrameElement): Document | null {
  try {
    const doc = iframe.contentDocument;
    return doc && doc.URL === 'about:blank' ? doc : null;
  } catch {
    return null;
  }
}

/**
 * Draws the placeholder inside the iframe's own document (why: README "Placeholders"). The iframe keeps its box,
 * whatever sizes it (attributes, a ratio wrapper, `aspect-ratio`, a flex or grid item), so nothing moves when the
 * embed loads; no node is added to the page, so a framework hydrating that markup finds it as it rendered it; and the
 * placeholder's media queries see the embed's own size, which picks the compact form in a small box. Our styles and
 * the site's `--cg-*` values (read from a `.cg-root` of the page) are copied in, with the page's nonce.
 */
function drawInside(iframe: HTMLIFrameElement, doc: Document): HTMLElement {
  const root = doc.documentElement;
  root.className = 'cg-ph-doc';
  root.lang = $language.get();
  const head = doc.head || root.appendChild(doc.createElement('head'));
  const body = doc.body || root.appendChild(doc.createElement('body'));
  head.replaceChildren();
  document.querySelectorAll<HTMLElement>('style[data-cg-style],link[rel~="stylesheet"][href*="cookiegate"]').forEach((el) => {
    const copy = doc.importNode(el, true) as HTMLElement;
    const nonce = getNonce();
    if (nonce) copy.nonce = nonce;
    head.append(copy);
  });
  const box = create(iframe, doc);
  // The site's custom properties: measured on a root of ours in the page, where its stylesheets apply.
  const probe = document.createElement('div');
  probe.className = 'cg-root';
  styleRoot(probe);
  document.documentElement.append(probe);
  const computed = getComputedStyle(probe);
  for (const name of PROPS) box.style.setProperty('--cg-' + name, computed.getPropertyValue('--cg-' + name));
  probe.remove();
  body.replaceChildren(box);
  return box;
}

/** A placeholder beside the iframe, which it hides: only for an iframe whose document is closed to us. */
function drawBeside(iframe: HTMLIFrameElement): { box: HTMLElement; display: string } {
  const style = iframe.style;
  // A withdrawn iframe comes back as a clone of the hidden one: drop our own `display: none` before measuring.
  if (style.getPropertyPriority('display')) style.removeProperty('display');
  const display = style.display;
  const box = create(iframe, document);
  // Same box as the iframe (attributes, else its laid-out size).
  const rect = iframe.getBoundingClientRect();
  const size = (attr: string | null, px: number) => (attr ? (/^\d+$/.test(attr) ? attr + 'px' : attr) : px ? px + 'px' : '');
  box.style.width = size(iframe.getAttribute('width'), rect.width);
  box.style.height = size(iframe.getAttribute('height'), rect.height);
  iframe.before(box);
  style.setProperty('display', 'none', 'important');
  return { box, display };
}

/** A blocked iframe's document replaced under us (its initial about:blank committed again): draw once more. */
function redrawReplaced(this: HTMLIFrameElement): void {
  const entry = shown.get(this);
  const doc = frameDocument(this);
  if (entry && entry.display === undefined && doc && entry.box.ownerDocument !== doc) shown.set(this, { box: drawInside(this, doc) });
}

function hide(iframe: HTMLIFrameElement): void {
  const doc = frameDocument(iframe);
  shown.set(iframe, doc ? { box: drawInside(iframe, doc) } : drawBeside(iframe));
  iframe.addEventListener('load', redrawReplaced);
}

function unhide(iframe: HTMLIFrameElement): void {
  const entry = shown.get(iframe);
  // A keyboard user who pressed Allow keeps their place: focus goes to the content that replaced the button.
  const isInside = entry?.display === undefined;
  const hadFocus = !!entry && entry.box.contains(entry.box.ownerDocument.activeElement) && (!isInside || document.activeElement === iframe);
  entry?.box.remove();
  if (entry?.display !== undefined) {
    iframe.style.removeProperty('display');
    if (entry.display) iframe.style.display = entry.display;
  }
  shown.delete(iframe);
  if (hadFocus && iframe.isConnected) iframe.focus();
}

/** Puts a placeholder on each of these iframes that is blocked, and takes it off those that are not. Idempotent. */
function syncFrames(frames: Iterable<HTMLIFrameElement>): void {
  for (const iframe of frames) {
    const isBlocked = iframe.isConnected && iframe.matches(BLOCKED);
    if (isBlocked && !shown.has(iframe)) hide(iframe);
    else if (!isBlocked && shown.has(iframe)) unhide(iframe);
  }
}

/** The whole document: at start and when the choice, config or language changes. */
function sync(): void {
  syncFrames([...shown.keys(), ...document.querySelectorAll<HTMLIFrameElement>(BLOCKED)]);
}

/** Only the iframes a batch of mutations touched: a page that keeps adding nodes costs no full rescans. */
function framesIn(records: MutationRecord[]): Set<HTMLIFrameElement> {
  const frames = new Set<HTMLIFrameElement>();
  for (const record of records) {
    if (record.type === 'attributes') {
      if (record.target.nodeName === 'IFRAME') frames.add(record.target as HTMLIFrameElement);
      continue;
    }
    record.addedNodes.forEach((node) => {
      if (node.nodeName === 'IFRAME') frames.add(node as HTMLIFrameElement);
      else if (node.nodeType === 1) (node as Element).querySelectorAll<HTMLIFrameElement>('iframe').forEach((f) => frames.add(f));
    });
    if (record.removedNodes.length) shown.forEach((_, iframe) => iframe.isConnected || frames.add(iframe));
  }
  return frames;
}

/** Rebuilds every placeholder, for a new language or config. */
function redraw(): void {
  shown.forEach((_, iframe) => unhide(iframe));
  sync();
}

/**
 * Shows a placeholder for every blocked `<iframe data-category>`: now, for iframes added later, and again
 * when a withdrawal sets an embed back to blocked. The core marks elements with `data-cg-state`.
 *
 * @returns a function that stops watching and removes every placeholder
 */
export function startPlaceholders(): () => void {
  injectUiStyle();
  const observer = new MutationObserver((records) => syncFrames(framesIn(records)));
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-cg-state'] });
  sync();
  const offs = [$config.listen(redraw), $language.listen(redraw), $consent.listen(sync)];
  return () => {
    observer.disconnect();
    offs.forEach((off) => off());
    shown.forEach((_, iframe) => unhide(iframe));
  };
}
