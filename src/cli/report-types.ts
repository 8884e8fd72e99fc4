/**
 * The audit report: what `--json FILE` writes (its JSON Schema is `dist/audit-report.schema.json`, generated from
 * these types) and what the terminal and HTML reports are drawn from.
 */

/** The consent categories an item can belong to (cookiegate's five default ids). */
export type Category = 'necessary' | 'performance' | 'functionality' | 'targeting' | 'social';

/** Which visit a phase is: before any choice, after **Reject all**, after **Accept all**, or with JavaScript off. */
export type PhaseId = 'first-visit' | 'reject-all' | 'accept-all' | 'no-js';

/** Who an item belongs to, when the catalogue, the site's config or its markup says so. */
export interface Naming {
  /** Catalogue id (`google-analytics`) or the site's own service key (`demo-analytics`). */
  service: string;
  /** Human label (`Google Analytics`). */
  label: string;
  /** Company behind the service, when known. */
  provider?: string;
  /** Category id: one of the five defaults, or a category the site's config adds. */
  category: Category | (string & {});
  /** Where the name comes from: the shipped catalogue, the site's cookiegate config, or a marked element. */
  from: 'catalogue' | 'site-config' | 'markup' | 'cookiegate';
}

/** What made the browser fetch something or write a cookie: the CDP initiator, or the stack of a `document.cookie` write. */
export interface Cause {
  /** `parser` (an element in the HTML), `script` (code inserted it or wrote the cookie), `header` (a Set-Cookie), `other`. */
  type: 'parser' | 'script' | 'header' | 'other';
  /** The document or script URL. */
  url?: string;
  /** 1-based line in `url`. */
  line?: number;
  /** Resource type of the element for `parser` (`Script`, `Image`, `Document` for an iframe). */
  element?: string;
  /** One sentence for people: "<script src> in the HTML of /index.html, line 12". */
  text: string;
}

/** One request the browser sent, as CDP's Network domain saw it. */
export interface AuditRequest {
  url: string;
  host: string;
  method: string;
  /** CDP resource type: Document, Script, Image, XHR, Fetch, Stylesheet, Ping, … */
  type: string;
  /** Milliseconds since the phase started. */
  time: number;
  /** The page of the site this request happened on. */
  page: string;
  /** HTTP status, or 0 when it failed or never answered. */
  status: number;
  /** Whether its response set at least one cookie (a Set-Cookie the browser accepted). */
  setsCookies: boolean;
  /** Whether it goes to a site other than the audited page's. */
  thirdParty: boolean;
  cause: Cause;
  naming?: Naming;
}

/** One cookie from the browser's cookie store at the end of a phase. */
export interface AuditCookie {
  name: string;
  domain: string;
  path: string;
  /** Unix seconds, or -1 for a session cookie. */
  expires: number;
  thirdParty: boolean;
  /** Who wrote it, when the audit saw it happen. */
  cause?: Cause;
  naming?: Naming;
}

/** One key of `localStorage` or `sessionStorage` of the audited origin at the end of a phase. */
export interface AuditStorageKey {
  key: string;
  storage: 'localStorage' | 'sessionStorage';
  origin: string;
  naming?: Naming;
}

/** Something non-necessary that happened before consent or after refusal. */
export interface Leak {
  phase: PhaseId;
  kind: 'request' | 'cookie' | 'storage';
  /** URL, cookie name or storage key. */
  subject: string;
  naming: Naming;
  cause?: Cause;
}

/** Everything one phase recorded. */
export interface Phase {
  id: PhaseId;
  title: string;
  /** Pages visited, in order. */
  pages: string[];
  /** Milliseconds the phase took. */
  duration: number;
  requests: AuditRequest[];
  cookies: AuditCookie[];
  storage: AuditStorageKey[];
  /** PNG screenshot after the phase, as a data URL (only with `--html`). */
  screenshot?: string;
}

/** A service found in the run, with where it showed up. */
export interface InventoryEntry {
  naming: Naming;
  /** Hosts its requests went to. */
  hosts: string[];
  cookies: string[];
  storage: string[];
  /** Phases it showed up in. */
  phases: PhaseId[];
}

/** What nothing named, grouped by host (cookie domain for cookies, origin host for storage keys). */
export interface UnknownHost {
  host: string;
  thirdParty: boolean;
  requests: number;
  cookies: string[];
  storage: string[];
  phases: PhaseId[];
}

/** A change to the site that would stop a leak or name a service. */
export interface Suggestion {
  /** The config to merge into the site's cookiegate config (`categories.<id>.services`, maybe `autoBlock`). */
  config: Record<string, unknown>;
  /** One markup change per unmarked tag: what is there and what to write instead. */
  markup: Array<{ url: string; cause: string; before: string; after: string }>;
}

/** The whole report. */
export interface AuditReport {
  /** Shape version of this report. */
  version: 1;
  url: string;
  /** ISO 8601 time the audit started. */
  startedAt: string;
  /** Milliseconds the whole audit took. */
  duration: number;
  browser: { path: string; version: string };
  /** Whether `window.CookieGate` was on the page (without it only the first phase runs). */
  cookiegateFound: boolean;
  /** Screenshot of the first visit before scrolling (the banner), as a data URL (only with `--html`). */
  bannerScreenshot?: string;
  phases: Phase[];
  leaks: Leak[];
  inventory: InventoryEntry[];
  unknown: UnknownHost[];
  suggestion: Suggestion;
  /** 0 no leak, 1 leak. */
  exitCode: 0 | 1;
}
