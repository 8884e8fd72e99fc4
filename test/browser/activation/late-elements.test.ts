/**
 * Elements added to the DOM later (SPA routes) are handled like those in the markup, each exactly once.
 */
import { describe, expect, it } from 'vitest';
import { CORE_PAGE, cg, evaluate, runCounts, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

const ADD_LATER = `(function () {
  var s = document.createElement('script');
  s.type = 'text/plain'; s.setAttribute('data-category', 'performance'); s.src = '/fixtures/spa-route.js';
  var i = document.createElement('script');
  i.type = 'text/plain'; i.setAttribute('data-category', 'performance');
  i.textContent = "window.__cgLog.push('spa-inline:' + (window.__cgRan && window.__cgRan['spa-route']))";
  var f = document.createElement('iframe'); f.id = 'spa-frame'; f.title = 'spa';
  f.setAttribute('data-category', 'social'); f.setAttribute('data-src', '/fixtures/spa-embed.html');
  var wrap = document.createElement('div');
  wrap.innerHTML = '<img id="spa-pixel" alt="" data-category="performance" data-src="/fixtures/spa-pixel.gif">';
  document.body.append(s, i, f, wrap);
})(); 0`;

describe('elements added later', () => {
  it('activates elements added after consent, each exactly once, in order', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await s.page.waitForFunction("window.__cgLog.indexOf('late-perf') >= 0");
    await evaluate(s.page, ADD_LATER);
    await s.page.waitForFunction("window.__cgLog.some(function (e) { return e.indexOf('spa-inline:') == 0 })");
    await settle(h.server);

    expect(h.server.requestsTo('/fixtures/spa-route.js')).toHaveLength(1);
    expect(h.server.requestsTo('/fixtures/spa-pixel.gif')).toHaveLength(1);
    expect(h.server.requestsTo('/fixtures/spa-embed.html')).toHaveLength(1);
    expect((await runCounts(s.page))['spa-route']).toBe(1);
    expect((await evaluate<string[]>(s.page, 'window.__cgLog')).filter((e) => e.startsWith('spa'))).toEqual(['spa-route', 'spa-inline:1']);
    expect(await s.page.getAttribute('#spa-frame', 'data-cg-state')).toBe('active');
  });

  it('keeps elements added before consent blocked, then runs them once on consent', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await evaluate(s.page, ADD_LATER);
    await settle(h.server, 500);
    expect(h.server.requestsTo(/^\/fixtures\/spa-/)).toHaveLength(0);
    expect(await s.page.getAttribute('#spa-pixel', 'data-cg-state')).toBe('blocked');
    expect(await s.page.getAttribute('#late-perf', 'data-cg-state')).toBe('blocked');

    await cg(s.page, 'acceptAll()');
    await cg(s.page, 'acceptAll()'); // a second grant must not run anything twice
    await s.page.waitForFunction("window.__cgLog.some(function (e) { return e.indexOf('spa-inline:') == 0 })");
    await settle(h.server);
    const counts = await runCounts(s.page);
    expect(counts).toEqual({ 'perf-slow': 1, ga: 1, hj: 1, tracker: 1, 'late-perf': 1, 'spa-route': 1, 'func-module': 1 });
    expect(h.server.requestsTo('/fixtures/late-perf.js')).toHaveLength(1);
    expect(h.server.requestsTo('/fixtures/late-pixel.gif')).toHaveLength(1);
  });

  it('does not run an activated script again when it is moved in the DOM', async () => {
    const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance'])");
    await s.page.waitForFunction("window.__cgLog.indexOf('late-perf') >= 0");
    await evaluate(
      s.page,
      "var moved = document.querySelectorAll('script[data-category=performance]'); var box = document.createElement('section'); document.body.appendChild(box); moved.forEach(function (el) { box.appendChild(el) }); 0",
    );
    await s.page.waitForTimeout(300);
    await settle(h.server);
    expect(await runCounts(s.page)).toEqual({ 'perf-slow': 1, ga: 1, hj: 1, 'late-perf': 1 });
    expect(h.server.requestsTo('/fixtures/ga.js')).toHaveLength(1);
  });
});
