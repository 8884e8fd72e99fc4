/**
 * The report for people in a terminal: a line per phase, then the leaks (what to fix first), then the inventory by
 * service and what nothing named, by host, then the suggested config. Plain text, so it reads the same in CI logs.
 */
import { shortUrl } from './cause';
import type { AuditReport, Leak } from './report-types';

const plural = (count: number, one: string, many = one + 's') => `${count} ${count === 1 ? one : many}`;

function leakLine(leak: Leak, site: string): string {
  const what =
    leak.kind === 'request' ? 'request ' + shortUrl(leak.subject, site) : leak.kind === 'cookie' ? 'cookie ' + leak.subject : 'storage key ' + leak.subject;
  const lines = [
    `  ✗ [${leak.phase}] ${what}`,
    `      ${leak.naming.label} (${leak.naming.category})${leak.naming.provider ? ', ' + leak.naming.provider : ''}`,
  ];
  if (leak.cause) lines.push(`      cause: ${leak.cause.text}`);
  return lines.join('\n');
}

/** The whole report as text. */
export function formatTerminalReport(report: AuditReport): string {
  const out: string[] = [];
  out.push('', 'Phases');
  for (const phase of report.phases) {
    out.push(
      `  ${phase.title}: ${plural(phase.requests.length, 'request')}, ${plural(phase.cookies.length, 'cookie')}, ` +
        `${plural(phase.storage.length, 'storage key')} on ${plural(phase.pages.length, 'page')} (${(phase.duration / 1000).toFixed(1)} s)`,
    );
  }
  if (!report.cookiegateFound) out.push('  No cookiegate on the page (no window.CookieGate): Reject all and Accept all were not tested.');

  out.push('', report.leaks.length ? `Leaks (${report.leaks.length}): not necessary, before consent or after refusal` : 'Leaks: none');
  for (const leak of report.leaks) out.push(leakLine(leak, report.url));

  out.push('', 'Services found');
  if (!report.inventory.length) out.push('  (none)');
  for (const entry of report.inventory) {
    const found = [
      entry.hosts.length ? 'hosts ' + entry.hosts.join(', ') : '',
      entry.cookies.length ? 'cookies ' + entry.cookies.join(', ') : '',
      entry.storage.length ? 'storage ' + entry.storage.join(', ') : '',
    ].filter(Boolean);
    out.push(
      `  ${entry.naming.label} [${entry.naming.category}]${entry.naming.provider ? ' (' + entry.naming.provider + ')' : ''}: ${found.join('; ')} — ${entry.phases.join(', ')}`,
    );
  }

  if (report.unknown.length) {
    out.push('', 'Not named (catalogue, site config, markup), by host');
    for (const host of report.unknown) {
      const found = [
        host.requests ? plural(host.requests, 'request') : '',
        host.cookies.length ? 'cookies ' + host.cookies.join(', ') : '',
        host.storage.length ? host.storage.join(', ') : '',
      ].filter(Boolean);
      out.push(`  ${host.host} (${host.thirdParty ? 'third party' : 'first party'}): ${found.join('; ')}`);
    }
  }

  const { config, markup } = report.suggestion;
  if (Object.keys(config).length || markup.length) {
    out.push('', 'Suggested config (merge into your cookiegate config)');
    if (Object.keys(config).length)
      out.push(
        ...JSON.stringify(config, null, 2)
          .split('\n')
          .map((line) => '  ' + line),
      );
    for (const change of markup) out.push(`  ${change.cause}:`, `    - ${change.before}`, `    + ${change.after}`);
  }

  out.push(
    '',
    report.leaks.length
      ? `LEAK: ${plural(report.leaks.length, 'thing')} not necessary loaded before consent or after refusal (${(report.duration / 1000).toFixed(1)} s)`
      : `OK: nothing but necessary before consent or after refusal (${(report.duration / 1000).toFixed(1)} s)`,
  );
  return out.join('\n');
}
