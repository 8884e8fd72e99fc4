/**
 * Activation leaves the page's own markup as it was (a framework may be about to hydrate it) and runs each marked
 * script once per page load, also when a framework re-creates its element (recovering from a hydration mismatch) or
 * renders it again on a client-side navigation.
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, evaluate, runCounts, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

/** What a framework does when it throws away server-rendered markup and renders it again: new elements, same markup. */
const RECREATE = `(function () {
  var box = document.createElement('div'); box.id = 'route';
  box.innerHTML = '<script type="text/plain" data-category="performance" src="/fixtures/spa-route.js"></scr' + 'ipt>' +
    '<script type="text/plain" data-category="performance">window.__cgLog.push("route-inline")</scr' + 'ipt>';
  var old = document.getElementById('route');
  if (old) old.replaceWith(box); else document.body.append(box);
})(); 0`;

describe('hydration-safe activation', () => {
  it('runs a script from a copy of its own and leaves the original element in place, marked active', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await evaluate(
      s.page,
      "window.__original = document.querySelector('script[data-service=ga]'); window.__siblings = window.__original.parentNode.childNodes.length; 0",
    );
    await cg(s.page, "accept(['performance'])");
    await s.page.waitForFunction('window.__cgRan && window.__cgRan.ga === 1');
    expect(await evaluate(s.page, 'window.__original.isConnected && window.__original.type')).toBe('text/plain');
    expect(await evaluate(s.page, 'window.__original.getAttribute("data-cg-state")')).toBe('active');
    expect(await evaluate(s.page, 'window.__original.parentNode.childNodes.length === window.__siblings')).toBe(true);
    expect(await evaluate(s.page, 'document.head.querySelectorAll("script[data-service=ga][data-cg-state=active]:not([type=\\"text/plain\\"])").length')).toBe(
      1,
    );
  });

  it('does not run a script again when a framework re-creates its element, or renders it again on a later route', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'])");
    await evaluate(s.page, RECREATE);
    await s.page.waitForFunction("window.__cgLog.indexOf('route-inline') >= 0");
    await evaluate(s.page, RECREATE); // hydration recovery: the same markup in new elements
    await evaluate(s.page, "document.getElementById('route').remove(); 0"); // navigate away…
    await evaluate(s.page, RECREATE); // …and back
    await s.page.waitForTimeout(300);
    await settle(h.server);
    expect((await runCounts(s.page))['spa-route']).toBe(1);
    expect(h.server.requestsTo('/fixtures/spa-route.js')).toHaveLength(1);
    expect((await evaluate<string[]>(s.page, 'window.__cgLog')).filter((e) => e === 'route-inline')).toHaveLength(1);
    expect(await evaluate(s.page, 'Array.from(document.querySelectorAll("#route script")).map((el) => el.getAttribute("data-cg-state")).join()')).toBe(
      'active,active',
    );
  });

  it('still runs another script of the same category that a later route adds', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'])");
    await evaluate(s.page, RECREATE);
    await evaluate(
      s.page,
      "var x = document.createElement('script'); x.type = 'text/plain'; x.setAttribute('data-category', 'performance'); x.textContent = 'window.__cgLog.push(\"other-inline\")'; document.body.append(x); 0",
    );
    await s.page.waitForFunction("window.__cgLog.indexOf('other-inline') >= 0");
    expect((await evaluate<string[]>(s.page, 'window.__cgLog')).filter((e) => e === 'route-inline' || e === 'other-inline')).toEqual([
      'route-inline',
      'other-inline',
    ]);
  });
});
