/**
 * The suggested fix: catalogue services found on the site placed in their categories (config to paste), one markup
 * change per unmarked tag that leaked, and `autoBlock` when a script inserted what leaked (markup cannot reach that).
 */
import type { AuditReport, Leak, Suggestion } from './report-types';

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function markupFor(leak: Leak): Suggestion['markup'][number] | undefined {
  const { cause, naming, subject: url } = leak;
  if (leak.kind !== 'request' || cause?.type !== 'parser') return undefined;
  const marks = `data-category="${attribute(String(naming.category))}" data-service="${attribute(naming.service)}"`;
  const src = attribute(url);
  switch (cause.element) {
    case 'Script':
      return { url, cause: cause.text, before: `<script src="${src}"></script>`, after: `<script type="text/plain" ${marks} src="${src}"></script>` };
    case 'Document':
      return { url, cause: cause.text, before: `<iframe src="${src}"></iframe>`, after: `<iframe ${marks} data-src="${src}"></iframe>` };
    case 'Image':
      // With JavaScript off nothing can ask for consent, so a <noscript> pixel can only go.
      return leak.phase === 'no-js'
        ? {
            url,
            cause: cause.text,
            before: `<noscript><img src="${src}"></noscript>`,
            after: '(remove it: with JavaScript off no one can consent, so it must not load)',
          }
        : { url, cause: cause.text, before: `<img src="${src}">`, after: `<img ${marks} data-src="${src}" alt="">` };
    default:
      return undefined;
  }
}

/** What to paste into the site's config, and what to change in its markup. */
export function suggestConfig(report: Omit<AuditReport, 'suggestion'>): Suggestion {
  const categories: Record<string, { services: Record<string, object> }> = {};
  for (const entry of report.inventory) {
    if (entry.naming.from !== 'catalogue' || entry.naming.category === 'necessary') continue;
    (categories[entry.naming.category] ??= { services: {} }).services[entry.naming.service] = {};
  }
  const markup = new Map<string, Suggestion['markup'][number]>();
  for (const leak of report.leaks) {
    const change = markupFor(leak);
    if (change && !markup.has(change.url)) markup.set(change.url, change);
  }
  // What a script inserted cannot be marked in the HTML; autoBlock holds it by the service's declared hosts.
  const inserted = report.leaks.some((leak) => leak.kind === 'request' && leak.cause?.type === 'script' && leak.naming.from === 'catalogue');
  return {
    config: { ...(Object.keys(categories).length ? { categories } : {}), ...(inserted ? { autoBlock: true } : {}) },
    markup: Array.from(markup.values()),
  };
}
