/**
 * `--html FILE`: one self-contained page (styles inline, screenshots as data URLs, no script) with the leaks, a
 * screenshot of the banner and one after each phase, a timeline of each phase's requests, and the inventory table.
 */
import { shortUrl } from './cause';
import type { AuditReport, AuditRequest, Phase } from './report-types';

const escapeHtml = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1.5rem;color:#1b1b1f}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e3ea;vertical-align:top}
.ok{color:#0a6b2d}.leak{color:#a4001d}.tag{display:inline-block;padding:0 .4rem;border-radius:.6rem;background:#eef;font-size:12px}
.tag.necessary{background:#e3f4e8}.tag.leak{background:#fde3e6}figure{margin:0}figure img{max-width:100%;border:1px solid #ccd}
.shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
.bar{height:.6rem;background:#5b6bd6;border-radius:.3rem;min-width:2px}.bar.leak{background:#c0102d}.bar.named{background:#2b8a4b}
.timeline td:nth-child(4){width:40%}pre{background:#f4f4f8;padding:.8rem;overflow:auto}code{font-size:13px}
`;

function timeline(phase: Phase, report: AuditReport): string {
  const end = Math.max(1, ...phase.requests.map((r) => r.time));
  const leaked = new Set(report.leaks.filter((l) => l.phase === phase.id && l.kind === 'request').map((l) => l.subject));
  const row = (request: AuditRequest) => {
    const kind = leaked.has(request.url) ? 'leak' : request.naming ? 'named' : '';
    return `<tr><td>${(request.time / 1000).toFixed(2)} s</td><td>${escapeHtml(request.type)}</td><td title="${escapeHtml(request.url)}">${escapeHtml(
      shortUrl(request.url, report.url).slice(0, 90),
    )}</td><td><div class="bar ${kind}" style="margin-left:${((request.time / end) * 100).toFixed(1)}%;width:2%"></div></td><td>${
      request.naming ? `<span class="tag ${kind || escapeHtml(request.naming.category)}">${escapeHtml(request.naming.label)}</span>` : ''
    }</td><td>${request.setsCookies ? 'sets cookies' : ''}</td><td>${escapeHtml(request.cause.text)}</td></tr>`;
  };
  return `<h3>${escapeHtml(phase.title)}: ${phase.requests.length} requests</h3>
<table class="timeline"><thead><tr><th>Time</th><th>Type</th><th>URL</th><th>When</th><th>Service</th><th>Cookies</th><th>Cause</th></tr></thead>
<tbody>${phase.requests.map(row).join('')}</tbody></table>`;
}

/** The report as a standalone HTML document. */
export function formatHtmlReport(report: AuditReport): string {
  const shots = [
    report.bannerScreenshot ? { src: report.bannerScreenshot, caption: 'First visit: the banner' } : null,
    ...report.phases.map((p) => (p.screenshot ? { src: p.screenshot, caption: 'After: ' + p.title } : null)),
  ].filter((s): s is { src: string; caption: string } => !!s);
  const leaks = report.leaks.length
    ? `<table><thead><tr><th>Phase</th><th>What</th><th>Service</th><th>Cause</th></tr></thead><tbody>${report.leaks
        .map(
          (l) =>
            `<tr><td>${escapeHtml(l.phase)}</td><td>${escapeHtml(l.kind)} <code>${escapeHtml(shortUrl(l.subject, report.url))}</code></td><td>${escapeHtml(
              l.naming.label,
            )} <span class="tag leak">${escapeHtml(l.naming.category)}</span></td><td>${escapeHtml(l.cause?.text ?? '')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="ok">Nothing but necessary before consent or after refusal.</p>';
  const inventory = `<table><thead><tr><th>Service</th><th>Category</th><th>Provider</th><th>Hosts</th><th>Cookies</th><th>Storage</th><th>Phases</th></tr></thead><tbody>${report.inventory
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.naming.label)}</td><td><span class="tag ${escapeHtml(e.naming.category)}">${escapeHtml(e.naming.category)}</span></td><td>${escapeHtml(
          e.naming.provider ?? '',
        )}</td><td>${escapeHtml(e.hosts.join(', '))}</td><td>${escapeHtml(e.cookies.join(', '))}</td><td>${escapeHtml(e.storage.join(', '))}</td><td>${escapeHtml(
          e.phases.join(', '),
        )}</td></tr>`,
    )
    .join('')}${report.unknown
    .map(
      (u) =>
        `<tr><td>${escapeHtml(u.host)}</td><td>not named</td><td>${u.thirdParty ? 'third party' : 'first party'}</td><td>${u.requests} requests</td><td>${escapeHtml(
          u.cookies.join(', '),
        )}</td><td>${escapeHtml(u.storage.join(', '))}</td><td>${escapeHtml(u.phases.join(', '))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const suggestion = report.suggestion;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>cookiegate audit: ${escapeHtml(report.url)}</title><style>${STYLE}</style></head>
<body>
<h1>cookiegate audit of <a href="${escapeHtml(report.url)}">${escapeHtml(report.url)}</a></h1>
<p>${escapeHtml(report.startedAt)} · ${escapeHtml(report.browser.version)} · ${(report.duration / 1000).toFixed(1)} s ·
<strong class="${report.leaks.length ? 'leak' : 'ok'}">${report.leaks.length ? report.leaks.length + ' leaks' : 'no leak'}</strong>
${report.cookiegateFound ? '' : ' · no cookiegate on the page: only the first visit was tested'}</p>
<h2>Leaks</h2>${leaks}
<h2>Screenshots</h2><div class="shots">${shots
    .map((s) => `<figure><img src="${s.src}" alt="${escapeHtml(s.caption)}"><figcaption>${escapeHtml(s.caption)}</figcaption></figure>`)
    .join('')}</div>
<h2>Inventory</h2>${inventory}
<h2>Suggested config</h2><pre><code>${escapeHtml(JSON.stringify(suggestion.config, null, 2))}</code></pre>
${suggestion.markup.map((m) => `<p>${escapeHtml(m.cause)}:</p><pre><code>- ${escapeHtml(m.before)}\n+ ${escapeHtml(m.after)}</code></pre>`).join('')}
<h2>Requests by phase</h2>${report.phases.map((p) => timeline(p, report)).join('')}
</body></html>
`;
}
