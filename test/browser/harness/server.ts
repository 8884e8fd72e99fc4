/**
 * The browser tests' HTTP server: static files from the repository root (so `/dist/…`, `/test/browser/pages/…` and
 * `/examples/…` resolve), fixture scripts/pixels/embeds with observable side effects, slow routes, per-path headers
 * and a POST sink for consent records. It listens on 127.0.0.1 on a random port and logs every request, so a test
 * can say "zero requests to /fixtures/tracker.js before consent" from the server's point of view, not the page's.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Absolute path of the repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One request as the server saw it. */
export interface LoggedRequest {
  /** Order of arrival, from 0. */
  seq: number;
  method: string;
  /** Path and query, as sent (`/slow/a.js?ms=300`). */
  url: string;
  /** Path only (`/slow/a.js`). */
  path: string;
  /** `Date.now()` on arrival. */
  time: number;
  headers: IncomingHttpHeaders;
}

/** A body POSTed to a record sink (`/consent-records`, `/records/…`). */
export interface ReceivedRecord {
  path: string;
  time: number;
  body: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  json: unknown;
  headers: IncomingHttpHeaders;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request so far, oldest first. */
  requests: LoggedRequest[];
  /** Bodies received by the record sinks. */
  records: ReceivedRecord[];
  /** Status the record sinks answer with (default 204). Set to 500 to test retries. */
  recordStatus: number;
  /**
   * Requests whose path equals `match` (a string) or whose path-and-query matches `match` (a RegExp).
   */
  requestsTo(match: string | RegExp): LoggedRequest[];
  /** Resolves with the first request (already logged or future) matching `match`; rejects after `timeout` ms. */
  waitForRequest(match: string | RegExp, timeout?: number): Promise<LoggedRequest>;
  /** Extra response headers for a path (string: exact path; RegExp: tested on the path). Later calls win. */
  setHeaders(match: string | RegExp, headers: Record<string, string>): void;
  /** Answer a path (exact) with a custom handler; takes precedence over fixtures and static files. */
  route(path: string, handler: RouteHandler): void;
  /** Forget logged requests, records, custom headers and routes (between tests). */
  reset(): void;
  close(): Promise<void>;
}

/** A 1×1 transparent GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const matches = (match: string | RegExp, path: string, url: string): boolean => (typeof match === 'string' ? path === match : match.test(url));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Source of a fixture script. It always logs its name to `window.__cgLog` (execution order) and counts its runs in
 * `window.__cgRan[name]` (exactly-once checks). Query parameters add effects:
 * `global=X` sets `window.X = name`; `cookie=a%3D1` runs `document.cookie = "a=1; path=/"` (repeatable);
 * `module=1` appends a line that is only valid in a module (`import.meta.url`), logged to `window.__cgModules`.
 */
export function fixtureScript(name: string, query: URLSearchParams): string {
  const n = JSON.stringify(name);
  let code =
    '(function(){var w=window;(w.__cgLog=w.__cgLog||[]).push(' + n + ');' + 'w.__cgRan=w.__cgRan||{};w.__cgRan[' + n + ']=(w.__cgRan[' + n + ']||0)+1;';
  for (const global of query.getAll('global')) code += 'w[' + JSON.stringify(global) + ']=' + n + ';';
  for (const cookie of query.getAll('cookie')) code += 'document.cookie=' + JSON.stringify(cookie + '; path=/') + ';';
  code += '})();\n';
  if (query.has('module')) code += '(window.__cgModules=window.__cgModules||[]).push(' + n + '+" "+import.meta.url);\n';
  return code;
}

function fixtureName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * Fixtures under `/fixtures/` and `/slow/` (the latter waits `ms` milliseconds, default 300, before answering;
 * `/fixtures/` honours `ms` too):
 * - `*.js`, `*.mjs`: {@link fixtureScript};
 * - `*.gif`, `*.png`: a 1×1 GIF (web beacons);
 * - `*.html`: a tiny page that says its name (iframes);
 * - `*.css`: `html{--cg-fixture:NAME}`.
 * Returns `false` when `path` is not a fixture.
 */
async function serveFixture(res: ServerResponse, path: string, url: URL): Promise<boolean> {
  const isSlow = path.startsWith('/slow/');
  if (!isSlow && !path.startsWith('/fixtures/')) return false;
  const delay = Number(url.searchParams.get('ms') ?? (isSlow ? 300 : 0));
  if (delay > 0) await sleep(Math.min(delay, 10_000));
  const name = fixtureName(path);
  const type = path.slice(path.lastIndexOf('.') + 1);
  res.setHeader('Cache-Control', 'no-store');
  if (type === 'js' || type === 'mjs') {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.end(fixtureScript(name, url.searchParams));
  } else if (type === 'gif' || type === 'png') {
    res.setHeader('Content-Type', 'image/gif');
    res.end(PIXEL);
  } else if (type === 'html') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="en"><title>' + name + '</title><p id="fixture">' + name + '</p></html>');
  } else if (type === 'css') {
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.end('html{--cg-fixture:' + JSON.stringify(name) + '}');
  } else {
    res.statusCode = 404;
    res.end('unknown fixture type');
  }
  return true;
}

const isRecordSink = (path: string) => path === '/consent-records' || path.startsWith('/records/');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts a server on 127.0.0.1 with a random free port. */
export async function startServer(): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const records: ReceivedRecord[] = [];
  let headerRules: Array<{ match: string | RegExp; headers: Record<string, string> }> = [];
  let routes = new Map<string, RouteHandler>();
  let waiters: Array<{ match: string | RegExp; resolve: (r: LoggedRequest) => void }> = [];

  // dev: read files on each request (dist/ is rebuilt while tests are written); no-store keeps the browser cache
  // from hiding a second load of a blocked script after a reload.
  const serveStatic = sirv(REPO_ROOT, {
    dev: true,
    dotfiles: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-store'),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const entry: LoggedRequest = {
      seq: requests.length,
      method: req.method ?? 'GET',
      url: path + url.search,
      path,
      time: Date.now(),
      headers: req.headers,
    };
    requests.push(entry);
    waiters = waiters.filter((w) => {
      if (!matches(w.match, entry.path, entry.url)) return true;
      w.resolve(entry);
      return false;
    });

    for (const rule of headerRules) {
      if (matches(rule.match, path, path)) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);
    }

    const custom = routes.get(path);
    if (custom) return void (await custom(req, res, url));

    if (isRecordSink(path)) {
      if (req.method === 'OPTIONS') {
        res.statusCode = 204;
        return void res.end();
      }
      if (req.method === 'POST') {
        const body = await readBody(req);
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        records.push({ path, time: Date.now(), body, json, headers: req.headers });
        res.statusCode = server.recordStatus;
        return void res.end();
      }
    }

    if (await serveFixture(res, path, url)) return;

    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found: ' + path);
    });
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;

  const server: TestServer = {
    origin: 'http://127.0.0.1:' + port,
    port,
    requests,
    records,
    recordStatus: 204,
    requestsTo: (match) => requests.filter((r) => matches(match, r.path, r.url)),
    waitForRequest(match, timeout = 5000) {
      const seen = requests.find((r) => matches(match, r.path, r.url));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (r: LoggedRequest) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error('no request to ' + String(match) + ' within ' + timeout + ' ms'));
        }, timeout);
        waiters.push(waiter);
      });
    },
    setHeaders(match, headers) {
      headerRules.push({ match, headers });
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    reset() {
      requests.length = 0;
      records.length = 0;
      headerRules = [];
      routes = new Map();
      waiters = [];
      server.recordStatus = 204;
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return server;
}
