/**
 * Activation at scale (cookiegate only, CPU 1×, no network emulation): N blocked elements on the page, then
 * `CookieGate.acceptAll()`; then N more added later to a page that already has consent. See the report's text.
 */
import { blockedElements, scriptCount } from './pages.mjs';
import { metric, newSession } from './session.mjs';
import { fmt, median, min, max } from './stats.mjs';

export const SCALE_SIZES = [500, 1000, 2000];

export async function scaleRun(browser, server, settle, n) {
  const { context, page, cdp } = await newSession(browser, server, { rate: 1, network: null }, null);
  try {
    await page.goto(server.origin + '/bench/scale.html?n=' + n, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")', null, { timeout: 30_000 });
    const blocked = await page.evaluate('document.querySelectorAll("#bench-scale [data-cg-state=blocked]").length');
    if (blocked !== n) throw new Error(`scale ${n}: ${blocked} elements marked blocked at load`);
    await cdp.send('Performance.enable');
    // Counts elements of a container turning data-cg-state="active" (media: attribute; scripts: the live copy that
    // replaces the inert one), O(1) per mutation record; resolves when `count` are active.
    const helper = `window.__benchWatch = (container, count, act, afterObservers) => new Promise((resolve) => {
      const seen = new WeakSet(); let active = 0; let t1 = 0;
      const take = (el) => { if (el.nodeType === 1 && el.getAttribute('data-cg-state') === 'active' && !seen.has(el)) { seen.add(el); active++; } };
      const mo = new MutationObserver((records) => {
        for (const r of records) { if (r.type === 'attributes') take(r.target); else r.addedNodes.forEach(take); }
        if (active >= count) {
          const end = performance.now(); mo.disconnect();
          const left = container.querySelectorAll('[data-category]:not([data-cg-state=active])').length;
          resolve({ sync: t1 - t0, total: end - t0, left });
        }
      });
      mo.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-cg-state'] });
      const t0 = performance.now(); act();
      // Mutation observers (cookiegate's first: it was created first) run in the microtask queued by the first
      // mutation, so a microtask queued now runs after their scan.
      if (afterObservers) queueMicrotask(() => { t1 = performance.now(); }); else t1 = performance.now();
    });`;
    await page.evaluate(helper);
    const metrics = async () => metric((await cdp.send('Performance.getMetrics')).metrics, 'ScriptDuration') * 1000;
    const s0 = await metrics();
    const activate = await page.evaluate(`__benchWatch(document.getElementById('bench-scale'), ${n}, () => CookieGate.acceptAll())`);
    const s1 = await metrics();
    if (activate.left) throw new Error(`scale ${n}: ${activate.left} elements not active`);
    await settle(server, 300, 20_000);
    // Elements added later (an SPA route): parsed off-document first, then appended in one go.
    const addLater = async (count, offset) => {
      const html = blockedElements(count, offset);
      const before = await metrics();
      const result = await page.evaluate(
        `(() => { const c = document.createElement('div'); document.body.append(c); const t = document.createElement('template');
          t.innerHTML = ${JSON.stringify(html)}; return __benchWatch(c, ${count}, () => c.append(t.content), true); })()`,
      );
      const after = await metrics();
      if (result.left) throw new Error(`scale: ${result.left} added elements not active`);
      await settle(server, 300, 20_000);
      return { ...result, script: after - before };
    };
    const laterN = await addLater(n, 200_000);
    const ran = await page.evaluate('window.__benchScaleRan');
    const expected = scriptCount(n, 0) + scriptCount(n, 200_000);
    if (ran !== expected) throw new Error(`scale ${n}: ${ran} of ${expected} blocked scripts ran`);
    return { n, activate: { ...activate, script: s1 - s0 }, laterN };
  } finally {
    await context.close();
  }
}

export function scaleTable(rows) {
  const out = [
    '| blocked elements N | `acceptAll()`: until all N active (ms) | of which synchronous in `acceptAll()` (ms) | script time until all active (ms) | µs per element (synchronous / script) | N added later: until all active (ms) | of which synchronous (append + scan) (ms) | script time (ms) | µs per element (synchronous / script) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const us = (ms, n) => fmt((ms * 1000) / n, 0);
  for (const n of SCALE_SIZES) {
    const r = rows.filter((x) => x.n === n);
    if (!r.length) continue;
    const m = (pick) => median(r.map(pick));
    const range = (pick) => `${fmt(m(pick))} (${fmt(min(r.map(pick)))}–${fmt(max(r.map(pick)))})`;
    out.push(
      `| ${n} | ${range((x) => x.activate.total)} | ${fmt(m((x) => x.activate.sync))} | ${fmt(m((x) => x.activate.script))} | ${us(
        m((x) => x.activate.sync),
        n,
      )} / ${us(
        m((x) => x.activate.script),
        n,
      )} | ` +
        `${range((x) => x.laterN.total)} | ${fmt(m((x) => x.laterN.sync))} | ${fmt(m((x) => x.laterN.script))} | ${us(
          m((x) => x.laterN.sync),
          n,
        )} / ${us(
          m((x) => x.laterN.script),
          n,
        )} |`,
    );
  }
  return out.join('\n') + '\n';
}
