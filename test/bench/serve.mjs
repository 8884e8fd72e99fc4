/**
 * The benchmark's server: the browser tests' server (127.0.0.1, random port) with the benchmark's pages and the three
 * libraries served from in-memory copies read when the run starts, compressed as a CDN would serve them.
 *
 * - `/bench/dist/…`: every file of cookiegate's `dist/` folder (walked, not listed by hand: the script tag may load
 *   more files from beside itself, and each one it requests counts as cookiegate's).
 * - `/bench/vcc/cookieconsent.umd.js`, `/bench/vcc/cookieconsent.css`: vanilla-cookieconsent.
 * - `/bench/klaro/klaro.js`: Klaro.
 * - `/bench/<variant>.html`, `/bench/scale.html?n=…`, `/bench/warm.html`: the pages (pages.mjs).
 *
 * Text responses are compressed per request by `Accept-Encoding` (brotli, else gzip, else none; brotli at its default
 * quality 11, as for files compressed ahead of time), with `Vary: Accept-Encoding`. Library files are cacheable for a
 * day (a fresh browser context per visit means nothing is cached across visits); pages are `no-store`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { LIBRARY_PREFIX, VARIANTS, scalePage } from './pages.mjs';

const TYPES = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml',
  ts: 'text/plain; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  sha256: 'text/plain; charset=utf-8',
};
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
const compressible = (type) => /^(text\/|application\/json|image\/svg)/.test(type);

/** The encoding to answer with, from the request's Accept-Encoding (q=0 refuses). */
export function negotiate(acceptEncoding = '') {
  const accepted = new Set();
  for (const part of String(acceptEncoding).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/** Registers `path` on `server`, answering `body` (a Buffer or string) compressed by negotiation. */
function serveBody(server, path, body, { cache = 'no-store', type = typeOf(path) } = {}) {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const encoded = new Map();
  server.route(path, (req, res) => {
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cache);
    const encoding = compressible(type) ? negotiate(req.headers['accept-encoding']) : null;
    if (!encoding) return void res.end(raw);
    if (!encoded.has(encoding)) encoded.set(encoding, encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 }));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.end(encoded.get(encoding));
  });
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full).map((f) => entry.name + '/' + f));
    else if (entry.isFile()) out.push(entry.name);
  }
  return out;
}

/**
 * Adds the benchmark's routes to a started test server. `klaroFile` is the path of `klaro.js` relative to `root`.
 * Returns the files served for each library (for the report) and `libraryOf(url)`.
 */
export function addBenchRoutes(server, root, klaroFile) {
  const files = { cookiegate: [], vanilla: [], klaro: [] };
  const library = (name, path, body) => {
    files[name].push({ path, bytes: body.length, brotli: brotliCompressSync(body).length });
    serveBody(server, path, body, { cache: 'public, max-age=86400' });
  };
  const dist = join(root, 'dist');
  for (const file of walk(dist)) {
    const body = readFileSync(join(dist, ...file.split('/')));
    // Type declarations and checksums are never requested by a page; served all the same (the folder as published).
    if (file.endsWith('.d.ts')) serveBody(server, LIBRARY_PREFIX.cookiegate + file, body, { cache: 'public, max-age=86400' });
    else library('cookiegate', LIBRARY_PREFIX.cookiegate + file, body);
  }
  const vcc = join(root, 'node_modules', 'vanilla-cookieconsent', 'dist');
  for (const file of ['cookieconsent.umd.js', 'cookieconsent.css']) library('vanilla', LIBRARY_PREFIX.vanilla + file, readFileSync(join(vcc, file)));
  library('klaro', LIBRARY_PREFIX.klaro + 'klaro.js', readFileSync(join(root, ...klaroFile.split(sep))));

  server.route('/favicon.ico', (_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  serveBody(server, '/bench/warm.html', '<!doctype html><title>warm</title>');
  for (const [name, variant] of Object.entries(VARIANTS)) serveBody(server, '/bench/' + name + '.html', variant.html);
  server.route('/bench/scale.html', (_req, res, url) => {
    res.setHeader('Content-Type', TYPES.html);
    res.setHeader('Cache-Control', 'no-store');
    res.end(scalePage(Number(url.searchParams.get('n') || 500)));
  });

  const prefixes = Object.entries(LIBRARY_PREFIX).map(([name, prefix]) => [name, server.origin + prefix]);
  /** The library a URL belongs to (`cookiegate`, `vanilla`, `klaro`), or null (the page's own). */
  const libraryOf = (url) => prefixes.find(([, prefix]) => url.startsWith(prefix))?.[0] ?? null;
  return { files, libraryOf };
}
