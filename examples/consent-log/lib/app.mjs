import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import secureJson from 'secure-json-parse';
import { RECORD_SCHEMA, createAjv, describeErrors } from './record-schema.mjs';
import { serverFactory } from './http-server.mjs';
import { carriesToken } from './auth.mjs';
import { exportCsv } from './export-csv.mjs';
import { dashboardRoutes } from './dashboard.mjs';
import { createEventLog } from './event-log.mjs';
import { dayRange } from './days.mjs';

/** A record of the default config is about 500 bytes; 4 kB leaves room for many services and nothing more. */
export const MAX_BODY_BYTES = 4096;
/**
 * The receiver as a Fastify app (not yet listening).
 * @param {ReturnType<import('./settings.mjs').readSettings>} settings
 * @param {object} parts
 * @param {object} parts.store from `openStore`
 * @param {(kind: string, message: string) => void} [parts.event] the event log (one line per event, rate-limited)
 */
export async function createReceiver(settings, { store, event = createEventLog() }) {
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: settings.trustProxy,
    serverFactory: serverFactory(settings, event),
    forceCloseConnections: true,
  });
  const ajv = createAjv();
  app.setValidatorCompiler(({ schema }) => ajv.compile(schema));
  app.removeContentTypeParser(['text/plain', 'application/json']);
  // secure-json-parse (Fastify's own) refuses `__proto__` and `constructor.prototype` keys; the answer says which.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, secureJson.parse(body, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      const forbidden = /prototype/.test(error.message);
      const message = forbidden ? 'a record may not have a __proto__ or constructor.prototype key' : `the body is not JSON: ${error.message}`;
      done(Object.assign(new Error(message), { statusCode: 400 }));
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) return reply.code(400).send({ errors: describeErrors(error.validation) });
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) event('error', `${request.method} ${request.url.split('?')[0]}: ${error.message}`);
    const message =
      status === 413
        ? `a record is at most ${MAX_BODY_BYTES} bytes`
        : status === 415
          ? 'send the record with content-type application/json'
          : status === 500
            ? 'internal error'
            : error.message;
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const host = String(request.headers.host ?? '')
      .toLowerCase()
      .replace(/:\d+$/, '')
      .replace(/^\[(.*)\]$/, '$1');
    if (!settings.allowedHosts.includes(host)) {
      // DNS rebinding: a page on an attacker's name that resolves to this machine sends its own Host.
      return reply.code(421).send({ error: `this receiver does not answer for the host ${JSON.stringify(host)}; add it to ALLOWED_HOSTS` });
    }
    if (!settings.trustProxy && request.headers['x-forwarded-for']) {
      event('proxy', 'requests arrive through a proxy (X-Forwarded-For) but TRUST_PROXY is not set: all visitors share one rate-limit bucket');
    }
  });
  app.addHook('onRequestAbort', async (request) => {
    event('aborted', `a client closed its connection before ${request.method} ${request.url.split('?')[0]} was answered`);
  });

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`too many requests from this client; try again in ${context.after}`), { statusCode: 429 }),
  });
  if (settings.allowOrigin) {
    await app.register(cors, { origin: settings.allowOrigin, methods: ['POST'], allowedHeaders: ['content-type'], maxAge: 86400 });
  }

  app.post(settings.recordsPath, {
    schema: { body: RECORD_SCHEMA },
    config: { rateLimit: { max: settings.rateLimit, timeWindow: 60_000 } },
    handler: async (request, reply) => {
      const record = request.body;
      // One instant, one spelling: lets the export filter by day and a resent record match its first copy.
      record.time = new Date(record.time).toISOString();
      let isNew;
      try {
        isNew = await store.insert(record);
      } catch (error) {
        event('store', `a record could not be stored: ${error.message}`);
        return reply.code(503).send({ error: 'the record could not be stored now; send it again later' });
      }
      return reply.code(isNew ? 201 : 200).send();
    },
  });

  app.get('/health', { config: { rateLimit: { max: 60, timeWindow: 60_000 } } }, async (_request, reply) => {
    try {
      await store.checkWrite();
      return { ok: true, store: store.kind };
    } catch (error) {
      event('health', `the store cannot write: ${error.message}`);
      return reply.code(503).send({ ok: false, store: store.kind, error: `the store cannot write: ${error.message}` });
    }
  });

  /** Export and dashboard: off without a token; with one, only for requests that carry it. */
  const owner = {
    config: { rateLimit: { max: 120, timeWindow: 60_000 } },
    onRequest: async (request, reply) => {
      if (!settings.exportToken) return reply.code(404).send({ error: 'the export and the dashboard are off: start the receiver with EXPORT_TOKEN' });
      if (!carriesToken(request.headers.authorization, settings.exportToken)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Basic realm="consent-log", charset="UTF-8"')
          .send({ error: 'send the export token: Authorization: Bearer <token>' });
      }
    },
  };

  app.get('/export.csv', owner, async (request, reply) => {
    const range = dayRange(request.query, 36500);
    if (range.error) return reply.code(400).send({ error: range.error });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="consent-records-${range.fromDay}-${range.toDay}.csv"`)
      .send(exportCsv(store, range.fromTime, range.lastTime));
  });

  await app.register(dashboardRoutes, { store, owner });
  return app;
}
