/**
 * Readiness and graceful shutdown for the reference server on node's HTTP server.
 *
 * Shutting down, nothing a client sent is cut: the server stops accepting connections (new ones are refused by
 * the system), answers every request it has received or receives on a connection already open, each with
 * `Connection: close`, and closes a connection only once it has answered on it, or once it has been idle for
 * `idleGraceMs` with nothing unread. (node's own `server.close()` also closes idle keep-alive connections at once,
 * which resets any whose next request is already on its way.) Connections still open at the deadline are destroyed.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Queryable } from './db.js';

interface Connection {
  /** Requests received on this connection and not yet answered. */
  active: number;
  /** When it last had nothing to answer, and how many bytes it had read then. */
  idleSince: number;
  bytesReadWhenIdle: number;
  ended?: boolean;
}

export interface Drain {
  /** True from the moment shutdown began. */
  readonly draining: boolean;
  /**
   * Stops accepting, answers what was received and closes every connection. Resolves true when every connection
   * closed on its own, false when some were still open at the deadline and were destroyed.
   */
  close(options?: { deadlineMs?: number }): Promise<boolean>;
}

export function drainOnClose(server: Server, { idleGraceMs = 1000, sweepMs = 50 } = {}): Drain {
  const connections = new Map<Socket, Connection>();
  const unanswered = new Set<ServerResponse>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, idleSince: Date.now(), bytesReadWhenIdle: 0 });
    socket.once('close', () => connections.delete(socket));
  });
  // First among the request listeners, so the header is set before the app can answer.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const connection = connections.get(request.socket);
    if (connection) connection.active += 1;
    unanswered.add(response);
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      unanswered.delete(response);
      if (!connection) return;
      connection.active -= 1;
      connection.idleSince = Date.now();
      connection.bytesReadWhenIdle = request.socket.bytesRead;
    });
  });

  return {
    get draining() {
      return draining;
    },
    close({ deadlineMs = 8000 } = {}) {
      draining = true;
      // net's close: stop listening, without http's closing of idle connections.
      NetServer.prototype.close.call(server);
      for (const response of unanswered) if (!response.headersSent) response.setHeader('Connection', 'close');
      const deadline = Date.now() + deadlineMs;
      return new Promise<boolean>((resolve) => {
        const sweep = () => {
          const now = Date.now();
          for (const [socket, connection] of connections) {
            const quiet = connection.active === 0 && socket.bytesRead === connection.bytesReadWhenIdle;
            if (quiet && !connection.ended && now - connection.idleSince >= idleGraceMs) {
              connection.ended = true;
              socket.end();
            }
            if (now >= deadline) socket.destroy();
          }
          if (connections.size === 0) return resolve(true);
          if (now >= deadline) return resolve(false);
          setTimeout(sweep, sweepMs);
        };
        sweep();
      });
    },
  };
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * `GET {basePath}/ready` for an orchestrator: 200 when the database answers and the server is not shutting
 * down, 503 otherwise (then stop sending it traffic). `/health` stays the liveness check: the process answers.
 */
export function withReadiness(
  fetch: Fetch,
  { db, draining = () => false, basePath = '' }: { db: Queryable; draining?: () => boolean; basePath?: string },
): Fetch {
  const path = `${basePath}/ready`;
  const answer = (ready: boolean, status: number) =>
    new Response(JSON.stringify({ ready }), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  return async (request, env) => {
    if (new URL(request.url).pathname !== path || request.method !== 'GET') return fetch(request, env);
    if (draining()) return answer(false, 503);
    try {
      await db.query('select 1');
      return answer(true, 200);
    } catch {
      return answer(false, 503);
    }
  };
}
