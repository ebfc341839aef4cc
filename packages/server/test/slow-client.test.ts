// A client that stops reading its WebSocket must not make the server hold ever more data for it:
// past WS_MAX_BUFFERED_BYTES the server closes that socket (4008), while other clients carry on.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

// A large answer that needs no data: the schema's types with their fields and descriptions.
const LARGE_QUERY = '{ __schema { types { name description fields { name description args { name description } type { name kind } } } } }';
const OPERATIONS = 150;

/** A graphql-transport-ws connection spoken by hand, so that the test can stop reading it. */
async function connect(url: string): Promise<{ socket: WebSocket; results: Map<string, number>; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const results = new Map<string, number>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const acknowledged = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await acknowledged;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === 'next' && message.id) results.set(message.id, (results.get(message.id) ?? 0) + 1);
  });
  return { socket, results, closed };
}

function sendOperations(socket: WebSocket, prefix: string, count: number): void {
  for (let index = 0; index < count; index++) socket.send(JSON.stringify({ type: 'subscribe', id: `${prefix}-${index}`, payload: { query: LARGE_QUERY } }));
}

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(await testDatabases())('a client that stops reading (%s database)', (database) => {
  let server: TestServer;
  const warnings: string[] = [];
  beforeAll(async () => {
    const logs = new Writable({
      write(chunk, _encoding, done) {
        warnings.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({
      database,
      logger: pino({ level: 'warn' }, logs),
      env: { WS_MAX_BUFFERED_BYTES: String(256 * 1024), RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000' },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is disconnected once its send buffer stays over the limit, while a reading client keeps receiving', async () => {
    const reader = await connect(server.url);
    const stalled = await connect(server.url);
    stalled.socket.pause();
    sendOperations(stalled.socket, 'stalled', OPERATIONS);
    sendOperations(reader.socket, 'first', 20);

    await until(() => warnings.some((line) => line.includes('Closing a WebSocket whose client is not reading')));
    // Once closing, the server sends that socket nothing more: these are never answered.
    sendOperations(stalled.socket, 'late', 10);
    // Reading again, the client gets what was buffered before, then the close with the reason.
    stalled.socket.resume();
    expect(await stalled.closed).toEqual({ code: 4008, reason: 'Too slow: client is not reading' });
    expect([...stalled.results.keys()].filter((id) => id.startsWith('late'))).toEqual([]);

    await until(() => reader.results.size === 20);
    sendOperations(reader.socket, 'after', 5);
    await until(() => reader.results.size === 25);
    expect(reader.socket.readyState).toBe(WebSocket.OPEN);
    reader.socket.close();
  });
});
