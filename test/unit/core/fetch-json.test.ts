// @vitest-environment node
/**
 * `fetchJson` and `withTimeout` (src/core/platform/fetch-json.ts) against a real HTTP server on 127.0.0.1: what a
 * config URL, a catalogue entry or a translation URL meets when its server answers badly or not at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchJson, withTimeout } from '../../../src/core/platform/fetch-json';

let server: Server;
let base: string;
/** Method of the last request the server saw. */
let lastMethod: string | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    lastMethod = request.method;
    if (request.url === '/config.json') response.writeHead(200, { 'content-type': 'application/json' }).end('{"revision":2}');
    else if (request.url === '/page.html') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not here</p>');
    else if (request.url === '/never')
      return; // keeps the request open
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchJson', () => {
  it('resolves with the parsed body of a 2xx JSON answer', async () => {
    await expect(fetchJson(base + '/config.json')).resolves.toEqual({ revision: 2 });
  });

  it('rejects a non-2xx answer with its status', async () => {
    await expect(fetchJson(base + '/missing.json')).rejects.toThrow('HTTP 404');
  });

  it('rejects a 2xx answer whose body is not JSON (an HTML error page)', async () => {
    await expect(fetchJson(base + '/page.html')).rejects.toThrow(SyntaxError);
  });

  it('rejects, never throws, when the request cannot be made', () => {
    let promise: Promise<unknown> | undefined;
    expect(() => (promise = fetchJson('http://127.0.0.1:0/unreachable'))).not.toThrow();
    return expect(promise).rejects.toThrow();
  });

  it('asks with same-origin credentials (cookies for the site itself, none for a CDN) and a plain GET', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    try {
      await fetchJson(base + '/config.json');
      expect(spy).toHaveBeenCalledWith(base + '/config.json', { credentials: 'same-origin' });
      expect(lastMethod).toBe('GET');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('withTimeout', () => {
  it('rejects with "no answer after N s" when a server never answers', async () => {
    const started = Date.now();
    await expect(withTimeout(fetchJson(base + '/never'), 150)).rejects.toThrow('no answer after 0.15 s');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('settles as the promise does when it comes first, with its value or its error', async () => {
    await expect(withTimeout(fetchJson(base + '/config.json'), 5_000)).resolves.toEqual({ revision: 2 });
    await expect(withTimeout(fetchJson(base + '/missing.json'), 5_000)).rejects.toThrow('HTTP 404');
  });
});
