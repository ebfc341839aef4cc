// @vitest-environment node
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createGraphqlClient, retryDelayMs, type GraphqlClient } from './client';
import type { ConnectionState } from './connection';

const schema = buildSchema('type Query { ok: Boolean } type Subscription { serverTime: String! }');

/** A graphql-ws server with just the serverTime subscription, ticking every 20 ms. */
function startServer(port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const wss = new WebSocketServer({ port, path: '/graphql' });
  const roots = {
    subscription: {
      async *serverTime() {
        for (;;) {
          yield { serverTime: new Date().toISOString() };
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
    },
  };
  const server = useServer({ schema, roots }, wss);
  return new Promise((resolve) =>
    wss.once('listening', () =>
      resolve({
        port: (wss.address() as AddressInfo).port,
        async close() {
          // Like a process exit: sockets drop without the graphql-ws goodbye.
          for (const socket of wss.clients) socket.terminate();
          await server.dispose();
          await new Promise((done) => wss.close(() => done(undefined)));
        },
      }),
    ),
  );
}

function waitForState(live: GraphqlClient, wanted: ConnectionState, seen: ConnectionState[]) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (live.connection.getState() !== wanted) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = live.connection.subscribe(() => {
      seen.push(live.connection.getState());
      check();
    });
    check();
  });
}

function nextServerTime(live: GraphqlClient): Promise<string> {
  return new Promise((resolve) => {
    const { unsubscribe } = live.client.subscription<{ serverTime: string }>('subscription { serverTime }', {}).subscribe(
      (result) => {
        if (!result.data) return;
        unsubscribe();
        resolve(result.data.serverTime);
      },
    );
  });
}

describe('graphql client', () => {
  let live: GraphqlClient | undefined;
  afterEach(async () => {
    await live?.dispose();
    live = undefined;
  });

  it('backs off from 0.5 s up to 10 s between retries', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(3, () => 0)).toBe(4_000);
    expect(retryDelayMs(50, () => 0.999)).toBe(10_499);
  });

  it('connects eagerly, carries subscriptions, and comes back after the server restarts', async () => {
    let server = await startServer();
    const seen: ConnectionState[] = [];
    live = createGraphqlClient({
      url: `http://127.0.0.1:${server.port}/graphql`,
      wsUrl: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: WebSocket,
    });

    await waitForState(live, 'connected', seen);
    expect(await nextServerTime(live)).toMatch(/^\d{4}-\d\d-\d\dT/);

    await server.close();
    await waitForState(live, 'reconnecting', seen);
    expect(seen).toContain('closed');

    server = await startServer(server.port);
    await waitForState(live, 'connected', seen);
    expect(await nextServerTime(live)).toMatch(/^\d{4}-\d\d-\d\dT/);

    // Client first, so that it does not start retrying against the closed server.
    await live.dispose();
    live = undefined;
    await server.close();
  }, 20_000);
});
