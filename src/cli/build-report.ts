/**
 * From what the phases recorded to the report: each request, cookie and storage key named, the leaks (anything not
 * necessary before consent or after refusal), the inventory by service, and what nothing named, by host.
 */
import { headerCause, requestCause, writeCause } from './cause';
import type { Namer } from './naming';
import type { RawPhase, RawRun } from './phases';
import type { AuditCookie, AuditReport, AuditRequest, AuditStorageKey, InventoryEntry, Leak, Phase, PhaseId, UnknownHost } from './report-types';

/**
 * The site a host belongs to, for first- or third-party: the last two labels (three under a two-letter country code
 * with a short second level, as `co.uk`). An approximation of the public suffix list, good enough to tell a vendor's
 * host from the site's.
 */
export function siteOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase();
  if (/^[\d.]+$/.test(bare) || bare.includes(':') || !bare.includes('.')) return bare;
  const labels = bare.split('.');
  const keep = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether a phase's item counts as a leak when it is not necessary (before consent, or after refusal). */
const watched = (phase: PhaseId, afterChoice = true) => phase === 'first-visit' || phase === 'no-js' || (phase === 'reject-all' && afterChoice);

function buildPhase(raw: RawPhase, namer: Namer, site: string, leaks: Leak[]): Phase {
  const ownSite = siteOf(new URL(site).hostname);
  const requests: AuditRequest[] = raw.requests.map((request) => {
    let host = '';
    try {
      host = new URL(request.url).hostname;
    } catch {
      /* data: and blob: URLs have no host */
    }
    const naming = namer.request(request.url);
    const entry: AuditRequest = {
      url: request.url,
      host,
      method: request.method,
      type: request.type,
      time: request.sentAt - raw.startedAt,
      page: request.page,
      status: request.status,
      setsCookies: request.setsCookies,
      thirdParty: !!host && siteOf(host) !== ownSite,
      cause: requestCause(request, site),
      ...(naming ? { naming } : {}),
    };
    if (naming && naming.category !== 'necessary' && watched(raw.id, request.afterChoice)) {
      leaks.push({ phase: raw.id, kind: 'request', subject: request.url, naming, cause: entry.cause });
    }
    return entry;
  });

  const cookies: AuditCookie[] = raw.cookies.map((cookie) => {
    const write = raw.cookieWrites.filter((w) => w.cookie.split('=')[0]!.trim() === cookie.name).at(-1);
    const setter = raw.requests.filter((r) => r.cookieNames.includes(cookie.name)).at(-1);
    const cause = (write && writeCause(write.stack, site)) ?? (setter ? headerCause(setter, site) : undefined);
    const naming = namer.cookie(cookie.name);
    const entry: AuditCookie = {
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      expires: cookie.expires,
      thirdParty: siteOf(cookie.domain) !== ownSite,
      ...(cause ? { cause } : {}),
      ...(naming ? { naming } : {}),
    };
    if (naming && naming.category !== 'necessary' && watched(raw.id)) {
      leaks.push({ phase: raw.id, kind: 'cookie', subject: cookie.name, naming, ...(cause ? { cause } : {}) });
    }
    return entry;
  });

  const seen = new Set<string>();
  const storage: AuditStorageKey[] = raw.storage.flatMap((keys) =>
    (['localStorage', 'sessionStorage'] as const).flatMap((kind) =>
      keys[kind].flatMap((key) => {
        const id = keys.origin + ' ' + kind + ' ' + key;
        if (seen.has(id)) return [];
        seen.add(id);
        const naming = namer.storage(key, kind);
        if (naming && naming.category !== 'necessary' && watched(raw.id)) leaks.push({ phase: raw.id, kind: 'storage', subject: key, naming });
        return [{ key, storage: kind, origin: keys.origin, ...(naming ? { naming } : {}) }];
      }),
    ),
  );

  return {
    id: raw.id,
    title: raw.title,
    pages: raw.pages,
    duration: raw.duration,
    requests,
    cookies,
    storage,
    ...(raw.screenshot ? { screenshot: dataUrl(raw.screenshot) } : {}),
  };
}

const dataUrl = (png: Buffer) => 'data:image/png;base64,' + png.toString('base64');

const add = <T>(list: T[], item: T) => {
  if (!list.includes(item)) list.push(item);
};

/** Services found, with their hosts, cookies, storage keys and phases; and the unnamed, grouped by host. */
function inventory(phases: Phase[], ownSite: string): { inventory: InventoryEntry[]; unknown: UnknownHost[] } {
  const services = new Map<string, InventoryEntry>();
  const hosts = new Map<string, UnknownHost>();
  const service = (phase: Phase, naming: NonNullable<AuditRequest['naming']>) => {
    const entry = services.get(naming.service) ?? { naming, hosts: [], cookies: [], storage: [], phases: [] };
    services.set(naming.service, entry);
    add(entry.phases, phase.id);
    return entry;
  };
  const unknown = (phase: Phase, host: string) => {
    const entry = hosts.get(host) ?? { host, thirdParty: siteOf(host) !== ownSite, requests: 0, cookies: [], storage: [], phases: [] };
    hosts.set(host, entry);
    add(entry.phases, phase.id);
    return entry;
  };
  for (const phase of phases) {
    for (const request of phase.requests) {
      if (request.naming) add(service(phase, request.naming).hosts, request.host);
      else if (request.host) unknown(phase, request.host).requests++;
    }
    for (const cookie of phase.cookies) {
      if (cookie.naming) add(service(phase, cookie.naming).cookies, cookie.name);
      else add(unknown(phase, cookie.domain.replace(/^\./, '')).cookies, cookie.name);
    }
    for (const key of phase.storage) {
      if (key.naming) add(service(phase, key.naming).storage, key.key);
      else add(unknown(phase, new URL(key.origin).hostname).storage, key.storage + ': ' + key.key);
    }
  }
  return {
    inventory: Array.from(services.values()).sort((a, b) => a.naming.category.localeCompare(b.naming.category) || a.naming.label.localeCompare(b.naming.label)),
    unknown: Array.from(hosts.values()).sort((a, b) => Number(b.thirdParty) - Number(a.thirdParty) || a.host.localeCompare(b.host)),
  };
}

/** The report without its suggestion (see suggest-config.ts). */
export function buildReport(
  run: RawRun,
  namer: Namer,
  meta: { url: string; startedAt: number; browser: { path: string; version: string } },
): Omit<AuditReport, 'suggestion'> {
  const leaks: Leak[] = [];
  const phases = run.phases.map((raw) => buildPhase(raw, namer, meta.url, leaks));
  return {
    version: 1,
    url: meta.url,
    startedAt: new Date(meta.startedAt).toISOString(),
    duration: Date.now() - meta.startedAt,
    browser: meta.browser,
    cookiegateFound: run.cookiegateFound,
    ...(run.bannerScreenshot ? { bannerScreenshot: dataUrl(run.bannerScreenshot) } : {}),
    phases,
    leaks,
    ...inventory(phases, siteOf(new URL(meta.url).hostname)),
    exitCode: leaks.length ? 1 : 0,
  };
}
