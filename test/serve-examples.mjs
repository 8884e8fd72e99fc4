#!/usr/bin/env node
/**
 * What `npm start` runs after the build: serves the repository root on localhost, so `/dist/cookiegate.js` and
 * `/examples/…` resolve as they would on a site, and prints the URL of the examples.
 * Port: `PORT`, else 8080; when that is taken, any free port. Only 127.0.0.1: nothing is exposed to the network.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const wanted = Number(process.env.PORT || 8080);

if (!existsSync(join(root, 'dist/cookiegate.js'))) {
  console.error('cookiegate: dist/cookiegate.js is missing: run `npm run build` (or `npm start`, which builds first)');
  process.exit(1);
}

// dev: files are read on every request, so a rebuild shows on reload; no-store keeps the browser from caching a
// blocked script that you then expect to see load.
const serve = sirv(root, {
  dev: true,
  dotfiles: false,
  setHeaders: (res) => res.setHeader('Cache-Control', 'no-store'),
});

const server = createServer((req, res) => {
  const path = (req.url || '/').split('?')[0];
  if (path === '/' || path === '/index.html') {
    res.writeHead(302, { Location: '/examples/' });
    return res.end();
  }
  // A consent-record sink for examples that configure `records.endpoint: "/consent-records"`.
  if (path === '/consent-records' && req.method === 'POST') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      console.log('consent record:', body);
      res.writeHead(204).end();
    });
    return;
  }
  serve(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found: ' + path);
  });
});

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port !== 0) {
      console.log(`Port ${port} is in use; picking a free one.`);
      server.removeAllListeners('listening'); // the failed listen's callback would print a second URL
      return listen(0);
    }
    console.error('cookiegate: could not start the examples server:', error.message);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    console.log(`cookiegate examples: http://${host}:${actual}/examples/`);
    console.log('Press Ctrl+C to stop.');
  });
}

listen(wanted);
