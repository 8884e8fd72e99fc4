import { createServer } from 'node:http';

/**
 * The Node HTTP server under Fastify, with limits against slow or greedy clients: a client has
 * `headersTimeoutMs` for its headers and `requestTimeoutMs` for the whole request, an idle kept-alive connection
 * closes after `keepAliveTimeoutMs`, and one address holds at most `maxConnectionsPerClient` connections (more are
 * closed at once, so one client cannot use up the file descriptors everyone else needs).
 * @param {object} settings from `readSettings`
 * @param {(kind: string, message: string) => void} event the event log
 */
export function serverFactory(settings, event) {
  return (handler) => {
    const server = createServer(
      {
        headersTimeout: settings.headersTimeoutMs,
        requestTimeout: settings.requestTimeoutMs,
        keepAliveTimeout: settings.keepAliveTimeoutMs,
        // Node checks the two timeouts above this often (30 s by default, far longer than they are).
        connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(settings.headersTimeoutMs / 2))),
      },
      handler,
    );
    server.setTimeout(settings.requestTimeoutMs);
    const open = new Map();
    server.on('connection', (socket) => {
      const address = socket.remoteAddress ?? 'unknown';
      const count = (open.get(address) ?? 0) + 1;
      if (count > settings.maxConnectionsPerClient) {
        event('connections', `${address} holds ${settings.maxConnectionsPerClient} connections (MAX_CONNECTIONS_PER_CLIENT); closed one more`);
        socket.destroy();
        return;
      }
      open.set(address, count);
      socket.once('close', () => {
        const left = open.get(address) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      });
    });
    return server;
  };
}
