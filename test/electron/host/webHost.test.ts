import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import type { ServerMessage } from '../../../shared/api/protocol';
import type { CallOptions } from '../../../shared/api/workbenchApi';
import { startWebHost, type WebHost } from '../../../electron/host/webHost';
import { createApiHandlers } from '../../../electron/service/apiHandlers';
import { WorkbenchService } from '../../../electron/service/workbenchService';
import { createTestEngine } from '../../helpers/testEngine';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';
import { waitFor } from '../../helpers/waitFor';

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const token = 'test-token-0123456789abcdef';
const secret = 'not for the browser';

describe('driftwood serve: the web host (DESIGN.md §7)', () => {
  const scratch = makeTempDir('driftwood-webhost-');
  const staticDir = path.join(scratch.dir, 'static');
  const service = new WorkbenchService(undefined, createTestEngine());
  const handlers = createApiHandlers(service, path.join(scratch.dir, 'home'));
  /** The signal of the last drift call, so a test can see that closing a socket aborts it. */
  let lastDriftSignal: AbortSignal | undefined;
  let lastDriftCall: Promise<unknown> | undefined;
  let host: WebHost;

  before(async () => {
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Driftwood</title>');
    fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log("app");');
    // Beside the static folder, where a traversal would land.
    fs.writeFileSync(path.join(scratch.dir, 'secret.txt'), secret);
    host = await startWebHost({
      handlers: {
        ...handlers,
        drift: (request, options: CallOptions) => {
          lastDriftSignal = options.signal;
          lastDriftCall = handlers.drift(request, options);
          return lastDriftCall as ReturnType<typeof handlers.drift>;
        },
      },
      staticDir,
      token,
    });
  });
  after(async () => {
    await host.close();
    await service.dispose();
    scratch.cleanup();
  });

  const get = (requestPath: string, headers: http.OutgoingHttpHeaders = {}): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const request = http.request({
        host: '127.0.0.1', port: host.port, path: requestPath, method: 'GET', agent: false,
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
      }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on('error', reject);
      request.end();
    });

  const cookie = `driftwood_token=${token}`;
  const socketUrl = () => `ws://127.0.0.1:${host.port}/api`;

  /** Resolves with the open socket, or rejects with the HTTP status the upgrade got. */
  const openSocket = (headers: Record<string, string>, url = socketUrl()): Promise<WebSocket> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_request, response) => {
        reject(Object.assign(new Error(`upgrade refused with ${response.statusCode}`), { status: response.statusCode }));
        ws.terminate();
      });
      ws.once('error', (error) => reject(error));
    });

  /** Sends one call and collects its messages until the result or error. */
  const call = (ws: WebSocket, id: number, method: string, request: unknown, then?: () => void): Promise<ServerMessage[]> =>
    new Promise((resolve) => {
      const messages: ServerMessage[] = [];
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as ServerMessage;
        if (message.id !== id) return;
        messages.push(message);
        if (message.type !== 'progress') {
          ws.off('message', onMessage);
          resolve(messages);
        }
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ type: 'call', id, method, request }));
      then?.();
    });

  const refusedStatus = async (promise: Promise<WebSocket>): Promise<number> => {
    try {
      const ws = await promise;
      ws.terminate();
      return 101;
    } catch (error) {
      return (error as { status?: number }).status ?? -1;
    }
  };

  test('the URL it prints is on 127.0.0.1 and carries the token', () => {
    assert.equal(host.url, `http://127.0.0.1:${host.port}/?token=${token}`);
  });

  test('a request without a token, or with a wrong one, is refused with 403', async () => {
    assert.equal((await get('/')).status, 403);
    assert.equal((await get('/index.html')).status, 403);
    assert.equal((await get('/?token=wrong')).status, 403);
    assert.equal((await get(`/?token=${token}x`)).status, 403);
    assert.equal((await get('/', { Cookie: 'driftwood_token=wrong' })).status, 403);
    assert.equal((await get('/', { Cookie: `other=${token}` })).status, 403);
  });

  test('a foreign Origin is refused with 403, even with the right token', async () => {
    assert.equal((await get(`/?token=${token}`, { Origin: 'http://evil.example' })).status, 403);
    assert.equal((await get('/app.js', { Cookie: cookie, Origin: `http://127.0.0.1:${host.port + 1}` })).status, 403);
    assert.equal((await get('/app.js', { Cookie: cookie, Origin: 'null' })).status, 403);
    assert.equal((await get('/app.js', { Cookie: cookie, Origin: `http://127.0.0.1:${host.port}` })).status, 200);
  });

  test('a Host header naming another host (DNS rebinding) is refused', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1', `0.0.0.0:${host.port}`]) {
      const answer = await get(`/?token=${token}`, { Host: hostHeader });
      assert.equal(answer.status, 421, hostHeader);
      assert.ok(!answer.headers['set-cookie'], `no cookie for ${hostHeader}`);
    }
    assert.equal((await get(`/?token=${token}`, { Host: `localhost:${host.port}` })).status, 200);
  });

  test('the page load with the token sets an HttpOnly SameSite=Strict cookie, and the cookie alone then works', async () => {
    const page = await get(`/?token=${token}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>Driftwood<\/title>/);
    const setCookie = page.headers['set-cookie'];
    assert.ok(setCookie && setCookie.length === 1);
    const attributes = setCookie[0].split(';').map((part) => part.trim());
    assert.equal(attributes[0], cookie);
    assert.ok(attributes.includes('HttpOnly'));
    assert.ok(attributes.includes('SameSite=Strict'));
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);

    const script = await get('/app.js', { Cookie: page.headers['set-cookie']![0].split(';')[0] });
    assert.equal(script.status, 200);
    assert.equal(script.body, 'console.log("app");');
    assert.equal(script.headers['set-cookie'], undefined, 'the cookie is only set from the token in the URL');
  });

  test('path traversal, plain or encoded, is a 404 and never reads outside the static folder', async () => {
    const attempts = [
      '/../secret.txt', '/../../package.json', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/..%2Fsecret.txt',
      '/%2e%2e%2fsecret.txt', '/static/../../secret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt', '/.%2e/secret.txt',
      `/..${encodeURIComponent(path.sep)}secret.txt`, `/${encodeURIComponent(path.join(scratch.dir, 'secret.txt'))}`, '/%00', '/%',
    ];
    for (const attempt of attempts) {
      const answer = await get(attempt, { Cookie: cookie });
      assert.equal(answer.status, 404, attempt);
      assert.ok(!answer.body.includes(secret), attempt);
    }
  });

  test('a request path that does not parse is refused and the server keeps serving', async () => {
    assert.equal((await get('//', { Cookie: cookie })).status, 400);
    assert.equal((await get('//')).status, 400);
    assert.equal((await get('/app.js', { Cookie: cookie })).status, 200);
  });

  test('only GET and HEAD are served', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: host.port, path: '/index.html', method: 'POST', agent: false, headers: { Cookie: cookie } },
        (response) => { response.resume(); resolve(response.statusCode ?? 0); });
      request.on('error', reject);
      request.end('x');
    });
    assert.equal(status, 405);
  });

  test('it listens on 127.0.0.1 only: other addresses of this machine refuse the connection', async () => {
    const others = Object.values(os.networkInterfaces()).flat()
      .filter((entry): entry is os.NetworkInterfaceInfo => entry !== undefined && !entry.internal)
      .map((entry) => entry.address);
    for (const address of [...others, '::1']) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.once('connect', () => { socket.destroy(); resolve('connected'); });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      assert.notEqual(outcome, 'connected', `reachable on ${address}`);
    }
  });

  test('the WebSocket upgrade checks token, Origin, Host and path', async () => {
    assert.equal(await refusedStatus(openSocket({})), 403);
    assert.equal(await refusedStatus(openSocket({ Cookie: 'driftwood_token=wrong' })), 403);
    assert.equal(await refusedStatus(openSocket({ Cookie: cookie, Origin: 'http://evil.example' })), 403);
    assert.equal(await refusedStatus(openSocket({ Cookie: cookie, Host: `evil.example:${host.port}` })), 421);
    assert.equal(await refusedStatus(openSocket({ Cookie: cookie }, `ws://127.0.0.1:${host.port}/other`)), 404);
    const ws = await openSocket({ Cookie: cookie, Origin: `http://127.0.0.1:${host.port}` });
    ws.close();
  });

  test('a call round-trips over the socket with progress events', async () => {
    const ws = await openSocket({ Cookie: cookie });
    try {
      const messages = await call(ws, 1, 'openSource', { path: fixturePath('datasets', 'evidently_adults.parquet') });
      const last = messages.at(-1)!;
      assert.equal(last.type, 'result', JSON.stringify(last));
      const result = (last as { result: { rows: number; columns: { name: string }[] } }).result;
      assert.ok(result.rows > 0);
      assert.ok(result.columns.some((column) => column.name === 'age'));
      const progress = messages.filter((message) => message.type === 'progress');
      assert.ok(progress.length > 0, 'progress events arrive before the result');
      for (const event of progress) assert.ok(event.type === 'progress' && event.fraction >= 0 && event.fraction <= 1);
    } finally {
      ws.close();
    }
  });

  test('a malformed call gets an INVALID_ARGUMENT error and the socket stays usable', async () => {
    const ws = await openSocket({ Cookie: cookie });
    try {
      const [bad] = await call(ws, 7, 'openSource', { path: 42 });
      assert.equal(bad.type, 'error');
      assert.equal(bad.type === 'error' && bad.error.code, 'INVALID_ARGUMENT');
      const [unknown] = await call(ws, 8, 'deleteEverything', {});
      assert.equal(unknown.type === 'error' && unknown.error.code, 'INVALID_ARGUMENT');
      ws.send('not json');
      const [recent] = await call(ws, 9, 'recentSources', {});
      assert.equal(recent.type, 'result');
    } finally {
      ws.close();
    }
  });

  test('a message above the size limit ends that socket, not the server', async () => {
    const ws = await openSocket({ Cookie: cookie });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => undefined);
    ws.send(Buffer.alloc(17 * 1024 * 1024, 0x20));
    assert.equal(await closed, 1009);
    assert.equal((await get('/app.js', { Cookie: cookie })).status, 200);
  });

  const driftRequest = {
    reference: fixturePath('datasets', 'nannyml_employment_MA_reference.pq'),
    current: fixturePath('datasets', 'nannyml_employment_MA_analysis.pq'),
  };

  test('a cancel message ends a long call with JOB_CANCELLED', async () => {
    const ws = await openSocket({ Cookie: cookie });
    try {
      const messages = await call(ws, 21, 'drift', driftRequest, () => ws.send(JSON.stringify({ type: 'cancel', id: 21 })));
      const last = messages.at(-1)!;
      assert.equal(last.type, 'error', JSON.stringify(last).slice(0, 300));
      assert.equal(last.type === 'error' && last.error.code, 'JOB_CANCELLED');
    } finally {
      ws.close();
    }
  });

  test('closing the socket aborts its calls', async () => {
    lastDriftSignal = undefined;
    const ws = await openSocket({ Cookie: cookie });
    ws.send(JSON.stringify({ type: 'call', id: 1, method: 'drift', request: driftRequest }));
    const signal = await waitFor(() => lastDriftSignal);
    assert.equal(signal.aborted, false);
    const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    ws.close();
    await aborted;
    await assert.rejects(lastDriftCall!, (error: { code?: string }) => error.code === 'JOB_CANCELLED');
  });
});

