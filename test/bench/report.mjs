/**
 * results.md: one table per scenario (first visit, returning visit) and condition, each followed by the issue's
 * targets marked met / not met, then the definitions and the activation-at-scale table.
 */
import { VARIANTS } from './pages.mjs';
import { QUIET_MS } from './measure-returning.mjs';
import { SCALE_SIZES, scaleTable } from './scale.mjs';
import { count, fmt, max, median, min, ratio } from './stats.mjs';

/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
const kB = 1 / 1000;

export const FIRST_FIGURES = [
  { key: 'fcp', label: "page's first contentful paint (ms)", added: true },
  { key: 'lcp', label: 'largest contentful paint (ms) ⁴', added: true },
  { key: 'visible', label: 'time to banner visible (ms) ¹', added: true },
  { key: 'opaque', label: 'time to banner fully shown, opacity 1 (ms)', added: true },
  { key: 'bytesVisible', label: 'library bytes transferred before the banner is visible (kB) ⁵', added: true, scale: kB },
  { key: 'bytes', label: 'library bytes transferred until settled (kB) ⁵', added: true, scale: kB },
  { key: 'script', label: 'script time until visible (ms) ²', added: true },
  { key: 'task', label: 'main-thread task time until visible (ms) ²', added: true },
  { key: 'scriptSettled', label: 'script time until settled (ms) ³', added: true },
  { key: 'longtasks', label: 'long tasks until click (count)', added: true, digits: 0 },
  { key: 'tbt', label: 'total blocking time until click (ms)', added: true },
  { key: 'cls', label: 'cumulative layout shift', added: true, digits: 4 },
  { key: 'height', label: 'document height at the first visible frame (px; viewport 720)', added: false, digits: 0, noRatio: true },
  { key: 'accept', label: '**Accept all** click → last blocked script ran (ms)', added: false },
];

export const RETURNING_FIGURES = [
  { key: 'fcp', label: "page's first contentful paint (ms)", added: true },
  { key: 'lcp', label: 'largest contentful paint (ms) ⁴', added: true },
  { key: 'bytes', label: 'library bytes transferred, new session, empty cache (kB) ⁵', added: true, scale: kB },
  { key: 'scriptQuiet', label: `script time until load + ${QUIET_MS} ms network quiet (ms) ⁶`, added: true },
  { key: 'taskQuiet', label: `main-thread task time until load + ${QUIET_MS} ms network quiet (ms) ⁶`, added: true },
  { key: 'longtasks', label: 'long tasks until the re-open click (count)', added: true, digits: 0 },
  { key: 'tbt', label: 'total blocking time until the re-open click (ms)', added: true },
  { key: 'cls', label: 'cumulative layout shift', added: true, digits: 4 },
  { key: 'reopenHover', label: 're-open: pointer on the button, click 300 ms later → dialog visible (ms) ⁷', added: false },
  { key: 'reopenDirect', label: 're-open: `element.click()`, no pointer before → dialog visible (ms) ⁷', added: false },
];

const COOKIEGATES = ['cookiegate', 'cookiegate-defer'];
const COMPARED = ['vanilla', 'klaro'];

/** Columns of a table for the variants measured. */
function columns(variants) {
  const libs = variants.filter((v) => v !== 'baseline');
  const cgs = libs.filter((v) => COOKIEGATES.includes(v));
  const others = libs.filter((v) => COMPARED.includes(v));
  const pairs = others.flatMap((o) => cgs.map((c) => [c, o]));
  return { libs, pairs };
}

function cell(values, digits, scale = 1) {
  const xs = values.filter((v) => v !== null && v !== undefined).map((v) => v * scale);
  if (!xs.length) return '—';
  return `${fmt(median(xs), digits)} (${fmt(min(xs), digits)}–${fmt(max(xs), digits)})`;
}

/** Median of a figure for a variant, and what it adds over the page without a library. */
function reader(results) {
  const med = (name, key) => median((results[name] ?? []).map((r) => r[key]));
  const add = (name, key) => med(name, key) - (results.baseline ? med('baseline', key) : NaN);
  return { med, add };
}

/** Most frequent LCP element per variant, with how many runs had it. */
const lcpElements = (rs) => {
  const counts = new Map();
  for (const r of rs) if (r.lcpElement) counts.set(r.lcpElement, (counts.get(r.lcpElement) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.length
    ? sorted
        .slice(0, 2)
        .map(([el, n]) => `\`${el}\` ${n}/${rs.length}`)
        .join(', ')
    : '—';
};

export function table(results, figures, variants, extraRows = []) {
  const { libs, pairs } = columns(variants);
  const short = (v) => VARIANTS[v].short;
  const heads = [
    'figure (median, min–max)',
    ...variants.map((v) => (v === 'baseline' ? 'no library' : VARIANTS[v].label)),
    ...libs.map((v) => `${short(v)} adds`),
    ...pairs.map(([c, o]) => `${short(c)} / ${short(o)}`),
  ];
  const { med, add } = reader(results);
  const rows = figures.map(({ key, label, added, digits = 1, scale = 1, noRatio = false }) => {
    const v = (name) => (results[name] ?? []).map((r) => r[key]);
    const cells = [
      label,
      ...variants.map((name) => cell(v(name), digits, scale)),
      ...libs.map((name) => (added ? fmt(add(name, key) * scale, digits) : '—')),
      ...pairs.map(([c, o]) => (noRatio ? '—' : added ? ratio(add(c, key), add(o, key)) : ratio(med(c, key), med(o, key)))),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const dashes = Array(libs.length + pairs.length).fill('—');
  for (const [label, fn] of extraRows) rows.push(`| ${[label, ...variants.map((name) => fn(results[name] ?? [], name)), ...dashes].join(' | ')} |`);
  rows.push(`| ${['largest contentful paint element (most frequent)', ...variants.map((name) => lcpElements(results[name] ?? [])), ...dashes].join(' | ')} |`);
  return `| ${heads.join(' | ')} |\n|${' --- |'.repeat(heads.length)}\n` + rows.join('\n') + '\n';
}

const yes = (ok) => (ok ? '**met**' : '**not met**');

/**
 * "cookiegate adds ≤ k × what vanilla-cookieconsent adds", written as a comparison of the additions so that a
 * vanilla-cookieconsent addition of zero or less (noise) gives a sensible verdict.
 */
function addTarget(results, key, k, label, { scale = 1, unit = 'ms', digits = 1 } = {}) {
  const { add } = reader(results);
  if (!results.vanilla || !results.baseline) return [];
  return COOKIEGATES.filter((c) => results[c]).map((c) => {
    const a = add(c, key);
    const b = add('vanilla', key);
    const shown = b > 0 ? `${(a / b).toFixed(2)}×` : 'ratio undefined';
    return `- ${VARIANTS[c].short}: ${label} ≤ ${k.toFixed(1)}× vanilla-cookieconsent's: adds ${fmt(a * scale, digits)} ${unit} against ${fmt(b * scale, digits)} ${unit}, ${shown} — ${yes(a <= k * b)}`;
  });
}

export function firstTargets(results, _condition) {
  const lines = [
    ...addTarget(results, 'visible', 0.5, 'added time to banner visible'),
    ...addTarget(results, 'bytesVisible', 1.0, 'library bytes before the banner is visible', { scale: kB, unit: 'kB' }),
    ...addTarget(results, 'script', 1.0, 'added script time until visible'),
    ...addTarget(results, 'fcp', 1.0, 'added FCP'),
    ...addTarget(results, 'lcp', 1.0, 'added LCP'),
  ];
  for (const c of COOKIEGATES.filter((c) => results[c])) {
    const rs = results[c];
    const styled = rs.filter((x) => x.styled === true).length;
    lines.push(`- ${VARIANTS[c].short}: banner styled in its first visible frame: ${styled} / ${rs.length} runs — ${yes(styled === rs.length)}`);
    const clsMax = max(rs.map((x) => x.cls));
    const height = results.baseline ? max(results.baseline.map((x) => x.height)) : NaN;
    lines.push(
      `- ${VARIANTS[c].short}: CLS 0 on a short page (the page without a library is ${fmt(height, 0)} px tall in a 720 px viewport): max over runs ${clsMax === 0 ? '0' : clsMax.toPrecision(2)} — ${yes(clsMax === 0)}`,
    );
  }
  return lines.join('\n') + '\n';
}

export function returningTargets(results, condition) {
  const lines = [];
  const { add } = reader(results);
  if (results.vanilla) {
    for (const c of COOKIEGATES.filter((c) => results[c])) {
      const a = add(c, 'bytes');
      const b = add('vanilla', 'bytes');
      lines.push(
        `- ${VARIANTS[c].short}: library bytes ≤ 0.4× vanilla-cookieconsent's (aim 0.3×): ${fmt(a * kB)} kB against ${fmt(b * kB)} kB, ${ratio(a, b)} — ${yes(a <= 0.4 * b)}` +
          (a <= 0.4 * b ? ` (aim 0.3×: ${a <= 0.3 * b ? 'reached' : 'not reached'})` : ''),
      );
    }
  }
  lines.push(
    ...addTarget(results, 'scriptQuiet', 0.5, 'added script time until load + quiet'),
    ...addTarget(results, 'fcp', 1.0, 'added FCP'),
    ...addTarget(results, 'lcp', 1.0, 'added LCP'),
  );
  for (const c of COOKIEGATES.filter((c) => results[c])) {
    const rs = results[c];
    const hover = median(rs.map((r) => r.reopenHover));
    const direct = median(rs.map((r) => r.reopenDirect));
    const n = (key) => count(rs.map((r) => r[key]));
    lines.push(
      `- ${VARIANTS[c].short}: re-open preloaded on approach (pointer on the button 300 ms before the click) within one frame (${FRAME_MS.toFixed(1)} ms): median ${fmt(hover)} ms over ${n('reopenHover')} runs — ${yes(hover <= FRAME_MS)}`,
    );
    if (condition.rtt > 0) {
      lines.push(
        `- ${VARIANTS[c].short}: re-open by a click with no approach within one round trip (${condition.rtt} ms): median ${fmt(direct)} ms over ${n('reopenDirect')} runs — ${yes(direct <= condition.rtt)}`,
      );
    } else {
      lines.push(
        `- ${VARIANTS[c].short}: re-open by a click with no approach: median ${fmt(direct)} ms over ${n('reopenDirect')} runs (no target here: without emulation the round trip to 127.0.0.1 is under a millisecond; see the slow 4G table)`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Which files each library's page requested (every run's paths, deduplicated). */
function requested(all, variants) {
  const lines = [];
  for (const v of variants.filter((v) => v !== 'baseline')) {
    const parts = [];
    for (const [scenario, byCondition] of Object.entries(all)) {
      const paths = new Set();
      for (const results of Object.values(byCondition)) for (const r of results[v] ?? []) r.urls.forEach((u) => paths.add(u));
      if (paths.size)
        parts.push(
          `${scenario === 'first' ? 'first visit' : 'returning visit'}: ${[...paths]
            .sort()
            .map((p) => '`' + p + '`')
            .join(', ')}`,
        );
    }
    if (parts.length) lines.push(`- ${VARIANTS[v].label}: ${parts.join('; ')}`);
  }
  return lines.join('\n');
}

const SCENARIO_TITLE = { first: 'First visit', returning: 'Returning visit' };

export function report({ all, conditions, variants, runs, scaleRuns, scaleRows, problems, meta }) {
  let md = `# cookiegate benchmark results

Generated by \`npm run bench\` (\`test/bench/run.mjs\`) on ${meta.date} UTC in ${meta.minutes} min.

**Build:** commit ${meta.commit}${meta.dirty}. ${meta.sizes}

**Machine:** ${meta.machine}; ${meta.load}.

**Method:** the same minimal page (header, heading, three paragraphs, footer with one button, 4 external + 1 inline
blocked scripts) with the same five categories (necessary, performance, functionality, targeting, social), served from
127.0.0.1 with brotli content-encoding (negotiated by \`Accept-Encoding\`, as a CDN serves it):
cookiegate (\`dist/cookiegate.js\`, inline JSON config, synchronous in \`<head>\`; and again with \`defer\`, still in \`<head>\`;
the whole \`dist/\` folder is served and every file requested from it counts as cookiegate's),
vanilla-cookieconsent ${meta.vccVersion} (\`dist/cookieconsent.umd.js\` + \`dist/cookieconsent.css\`, \`CookieConsent.run()\` at the end of \`<body>\` as its docs place it; in \`<head>\` it throws),
Klaro ${meta.klaroVersion} (an inline script setting the \`klaroConfig\` global, then \`dist/klaro.js\` with \`defer\`, both in \`<head>\` as its README shows;
\`klaro.js\` is its default build, with its CSS inside, injected when it renders; it renders its notice at DOMContentLoaded; gated scripts
name a Klaro service, one per category: ga, functionality, ads, social), and the page with no consent library.

Scenarios: **first visit** (no stored choice: the banner shows; after the measurements the visitor clicks its accept-all
button) and **returning visit** (a visitor in a new session: a fresh browser context given the cookies and local storage
that the first visit left after its accept-all click, so the same stored choice and an empty memory and HTTP cache; after the
measurements the visitor re-opens the preferences dialog: cookiegate's floating "Cookie preferences" button, found by its
role and name; for vanilla-cookieconsent a page button with \`data-cc="show-preferencesModal"\`; for Klaro a page button
calling \`klaro.show(undefined, true)\`). Each run of a variant is a first visit followed by its returning visit.
Conditions: ${conditions.map((c) => c.label).join('; ')} — CDP \`Emulation.setCPUThrottlingRate\` and
\`Network.emulateNetworkConditions\`, set per page after a same-origin warm-up navigation.
${runs} runs per variant and condition, interleaved (order rotated each round), a fresh browser context per visit; the
re-open flavour alternates between runs, so each flavour has about half the runs. Medians with min–max; "adds" = median of the library minus median of
the page without one; the ratio columns divide a cookiegate variant's addition by the other library's (for figures
without an addition, such as the re-open and Accept-all times, the medians themselves). Below 1 is better for cookiegate.
The targets (issue 14) are against vanilla-cookieconsent, in the same run.

**Files requested** (paths, all runs):

${requested(all, variants)}

`;
  for (const scenario of Object.keys(all)) {
    for (const condition of conditions) {
      const results = all[scenario][condition.id];
      if (!results) continue;
      md += `## ${SCENARIO_TITLE[scenario]} — ${condition.label}\n\n`;
      if (scenario === 'first') {
        const styled = (rs, name) => (name === 'baseline' ? 'n/a' : rs.filter((r) => r.styled === true).length + ' / ' + rs.length);
        md += table(results, FIRST_FIGURES, variants, [['banner fully styled in its first visible frame (runs)', styled]]);
        md += '\nTargets:\n\n' + firstTargets(results, condition) + '\n';
      } else {
        md += table(results, RETURNING_FIGURES, variants);
        md += '\nTargets:\n\n' + returningTargets(results, condition) + '\n';
      }
    }
  }
  md += `¹ Visible: the first animation frame in which the banner element (\`.cg-banner\`; \`#cc-main .cm\`; \`.klaro .cookie-notice\`) is connected, has a non-zero box
intersecting the viewport, computed \`visibility: visible\`, no \`display: none\` and no \`opacity: 0\` on it or an ancestor.
Every rendered frame is checked: a \`requestAnimationFrame\` loop started before any page script posts a message that runs just
after that frame is painted, where the check reads clean style and layout (so it never forces a layout into anyone's script time);
the time is the painted frame's \`requestAnimationFrame\` time.
For the page without a library the same test is applied to its own \`<h1>\` (first frame with content). Time from navigation start.
"Fully shown" is the same with the product of opacities equal to 1 (vanilla-cookieconsent fades in).
"Fully styled in its first visible frame": in that frame the banner is \`position: fixed\`, has an opaque background, and its
**Accept all** button (Klaro's notice labels its accept-all button **That's ok**) does not have Chromium's default button background.

² CDP \`Performance.getMetrics\` (ScriptDuration, TaskDuration) read when the page signals "visible" (a CDP binding, just after the
frame is painted), counted from just before navigation; the read can include the rest of the task running when it arrives.
Script time includes style and layout that a script forces by reading geometry.

³ Until settled: loaded, banner fully shown, then 200 ms without a request in flight and at least 200 ms of waiting (all work a
library does before the visitor acts).

⁴ Largest contentful paint: the last PerformanceObserver \`largest-contentful-paint\` entry (buffered) before the first input
(pointerdown, mousedown, keydown or click), read before the click; its element as \`tag#id.class\`.

⁵ Bytes as transferred: the sum of CDP \`Network.loadingFinished\` \`encodedDataLength\` (compressed body plus response headers)
of the requests under the library's path (cookiegate: anything under the \`dist/\` folder it is served from; vanilla-cookieconsent:
its \`umd.js\` and \`css\`; Klaro: \`klaro.js\`). "Before the banner is visible": requests that finished (CDP timestamp against the
\`NavigationStart\` metric, the clock of the page's \`performance.now()\`) at or before the visible frame's time.

⁶ Returning visit: until the \`load\` event and then ${QUIET_MS} ms without a request in flight or started; CDP ScriptDuration /
TaskDuration from just before navigation.

⁷ Re-open: from the click event's \`timeStamp\` (capture listener on \`window\`, before any library handler) to the
\`requestAnimationFrame\` time of the first frame in which the dialog (\`.cg-modal\`, role=dialog; \`#cc-main .pm\`;
\`.klaro .cookie-modal\`) is visible as in ¹. "Pointer on the button, click 300 ms later": Playwright's \`hover()\`, a 300 ms
wait, then \`click()\` (a control that preloads on approach has had its chance). "\`element.click()\`": the click dispatched
on the element from a script, with no pointer event before it.

First contentful paint: the page's own, from PerformanceObserver \`paint\` (a parser-blocking script in \`<head>\` delays it).
Long tasks and TBT: PerformanceObserver \`longtask\` from navigation start until the click. CLS: PerformanceObserver
\`layout-shift\` without recent input, over the whole visit. **Accept all** → last blocked script (for Klaro the click is on its
notice's **That's ok**, which with \`acceptAll: true\` accepts every service): from the click event
(capture listener on \`window\`, before any library handler) to the \`performance.now()\` recorded by the last blocked fixture script.
`;
  const shiftNotes = [];
  for (const [scenario, byCondition] of Object.entries(all)) {
    for (const condition of conditions) {
      for (const name of variants.filter((v) => v !== 'baseline')) {
        const rs = byCondition[condition.id]?.[name] ?? [];
        const shifted = rs.filter((x) => x.cls > 0);
        if (!shifted.length) continue;
        const sources = [...new Set(shifted.flatMap((x) => x.shifts.flatMap((s) => s.sources)))].slice(0, 6).join(', ');
        const worst = max(shifted.map((x) => x.cls)).toPrecision(2);
        shiftNotes.push(
          `- ${VARIANTS[name].label}, ${SCENARIO_TITLE[scenario].toLowerCase()}, ${condition.label}: layout shifts in ${shifted.length} / ${rs.length} runs, CLS up to ${worst} (sources: ${sources || 'not reported'})`,
        );
      }
    }
  }
  if (shiftNotes.length) md += '\nLayout shifts seen:\n\n' + shiftNotes.join('\n') + '\n';
  if (scaleRows.length) {
    md +=
      `
## Activation at scale (cookiegate, CPU 1×, no network emulation, ${scaleRuns} runs, medians)

N blocked elements (N = ${SCALE_SIZES.join(', ')}) in a repeating block of twenty: ten images, eight inline scripts, one external script, one iframe
(iframes and images point at tiny local files; iframes are few because each is a browsing context: Chromium alone needs
about 2.3 s to give 500 iframes their src, which would measure Chromium rather than the gating).
"Until all active": from just before \`CookieGate.acceptAll()\` (or the append) until every element of the container has
\`data-cg-state="active"\` (a MutationObserver counting, O(1) per record). External scripts run one after another, in
document order, so that column includes their network round trips; the synchronous column is the scan itself.
"Added later": N more blocked elements (same pattern) parsed off-document in a \`<template>\`, then appended in one go to a
page that already has consent (one mutation, N added nodes, each scanned by cookiegate's MutationObserver).
"Synchronous" is the call itself (\`acceptAll()\`, or \`append()\` plus the observer's scan up to the first external
script); "script time" is CDP ScriptDuration over the whole wait. Linear growth shows as a flat µs-per-element column.

` + scaleTable(scaleRows);
  }
  if (problems.length) md += '\nConsole errors seen during runs:\n\n' + [...new Set(problems)].map((p) => '- ' + p).join('\n') + '\n';
  return md;
}
