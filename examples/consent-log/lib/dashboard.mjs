import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayRange } from './days.mjs';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
/** Chart.js from this folder's node_modules: the page loads nothing from another origin. */
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

const FILES = {
  '/dashboard': { file: join(PUBLIC, 'dashboard.html'), type: 'text/html; charset=utf-8' },
  '/dashboard/dashboard.js': { file: join(PUBLIC, 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  '/dashboard/dashboard.css': { file: join(PUBLIC, 'dashboard.css'), type: 'text/css; charset=utf-8' },
  '/dashboard/chart.js': { file: CHART_JS, type: 'text/javascript; charset=utf-8' },
};

/** Everything from this origin only; no inline script; not framed by other sites. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The consent-rate dashboard: a static page, its script and Chart.js, and `/dashboard/data` with the day range's
 * aggregates. All of it behind the export token (`owner`).
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: object, owner: object }} options
 */
export async function dashboardRoutes(app, { store, owner }) {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(file);
    app.get(path, owner, async (_request, reply) =>
      reply.type(type).header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').send(body),
    );
  }
  app.get('/dashboard/data', owner, async (request, reply) => {
    const range = dayRange(request.query, 30);
    if (range.error) return reply.code(400).send({ error: range.error });
    return store.aggregates(range.fromDay, range.toDay);
  });
}
