import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ClientMessage, ServerMessage } from '../../shared/api/protocol';
import { toWorkbenchError } from '../../shared/errors/workbenchError';
import { dispatchCall } from '../service/apiHandlers';

type Handlers = Parameters<typeof dispatchCall>[0];

export interface WebHostOptions {
  handlers: Handlers;
  /** Folder with the built renderer (index.html, app.js, app.css). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentSecurityPolicy = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
const tokenCookie = 'driftwood_token';

/**
 * `driftwood serve`: the renderer and the WorkbenchApi over a WebSocket, for a browser on this machine
 * (DESIGN.md §7): bound to 127.0.0.1 only; a random token is required on every request (the first page
 * load carries it in the URL and receives it as an HttpOnly, SameSite=Strict cookie); the Host header
 * must name this host and port, and an Origin, when sent, must be this origin.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const check = (request: http.IncomingMessage): { ok: true; viaQuery: boolean } | { ok: false; status: number; reason: string } => {
    if (!allowedHosts().has(String(request.headers.host))) return { ok: false, status: 421, reason: 'unexpected Host header' };
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return { ok: false, status: 403, reason: 'foreign Origin' };
    const url = requestUrl(request);
    if (!url) return { ok: false, status: 400, reason: 'malformed request path' };
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && sameToken(queryToken, token)) return { ok: true, viaQuery: true };
    const cookieToken = parseCookies(request.headers.cookie)[tokenCookie];
    if (cookieToken !== undefined && sameToken(cookieToken, token)) return { ok: true, viaQuery: false };
    return { ok: false, status: 403, reason: 'missing or wrong token' };
  };

  const server = http.createServer((request, response) => {
    const verdict = check(request);
    if (!verdict.ok) {
      response.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Forbidden: ${verdict.reason}. Open the URL that \`driftwood serve\` printed.\n`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    serveStatic(options.staticDir, request, response, verdict.viaQuery ? token : undefined);
  });

  const socketServer = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const verdict = check(request);
    if (!verdict.ok || requestUrl(request)?.pathname !== '/api') {
      socket.write(`HTTP/1.1 ${verdict.ok ? 404 : verdict.status} Forbidden\r\nConnection: close\r\n\r\n`);
      socket.destroy();
      return;
    }
    socketServer.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      // A protocol error (e.g. a frame above maxPayload) is emitted on the socket; unhandled, it would end the process.
      ws.on('error', () => ws.terminate());
      serveSocket(ws, options.handlers);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: async () => {
      for (const ws of sockets) ws.terminate();
      socketServer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveSocket(ws: WebSocket, handlers: Handlers): void {
  const calls = new Map<number, AbortController>();
  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  ws.on('message', (data) => {
    let message: ClientMessage;
    try {
      message = JSON.parse(String(data)) as ClientMessage;
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null || typeof message.id !== 'number') return;
    if (message.type === 'cancel') {
      calls.get(message.id)?.abort();
      return;
    }
    if (message.type !== 'call' || calls.has(message.id)) return;
    const controller = new AbortController();
    calls.set(message.id, controller);
    const id = message.id;
    dispatchCall(handlers, message.method, message.request, {
      signal: controller.signal,
      onProgress: (progress) => send({ type: 'progress', id, fraction: progress.fraction, message: progress.message }),
    })
      .then((result) => send({ type: 'result', id, result }))
      .catch((error: unknown) => send({ type: 'error', id, error: toWorkbenchError(error) }))
      .finally(() => calls.delete(id));
  });
  ws.on('close', () => {
    for (const controller of calls.values()) controller.abort();
  });
}

/** The request's path and query; undefined when they do not parse (e.g. `GET //`), which `new URL` reports by throwing. */
function requestUrl(request: http.IncomingMessage): URL | undefined {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return undefined;
  }
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function serveStatic(root: string, request: http.IncomingMessage, response: http.ServerResponse, tokenToSet: string | undefined): void {
  const url = requestUrl(request);
  const relative = url && decodedPath(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = relative === undefined ? undefined : path.resolve(root, `.${relative}`);
  if (!file || !file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (tokenToSet) headers['Set-Cookie'] = `${tokenCookie}=${tokenToSet}; HttpOnly; SameSite=Strict; Path=/`;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') response.end();
  else fs.createReadStream(file).pipe(response);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}
