import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createConnectionStore, type LiveConnection } from './connection';
import { persistedExchange } from './persisted';

export interface GraphqlClientOptions {
  /** HTTP endpoint; same origin by default (Vite proxies it in development). */
  url?: string;
  /** WebSocket endpoint; derived from the page's origin by default. */
  wsUrl?: string;
  /** Sent as Accept-Language so the server can answer in the reader's language. */
  getLanguage?: () => string;
  /** How long to wait for a pong before treating the socket as dead. */
  pongTimeoutMs?: number;
  /** A WebSocket class where there is no global one (tests under Node 20); browsers use theirs. */
  webSocketImpl?: unknown;
}

export interface GraphqlClient {
  client: Client;
  connection: LiveConnection;
  dispose(): Promise<void>;
}

export function defaultWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * Backoff for reconnects: 0.5 s, 1 s, 2 s … capped at 10 s, plus jitter so that every open tab
 * does not hit a restarted server at the same instant. graphql-ws resets the count once connected.
 */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(10_000, 500 * 2 ** retries) + Math.floor(random() * 500);
}

export function createGraphqlClient(options: GraphqlClientOptions = {}): GraphqlClient {
  const { url = '/graphql', getLanguage = () => 'id', pongTimeoutMs = 5_000 } = options;
  // `terminate` closes the socket as if it dropped, which makes graphql-ws reconnect at once.
  const store = createConnectionStore('connecting', () => wsClient.terminate());
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const wsClient: WsClient = createWsClient({
    url: options.wsUrl ?? defaultWsUrl(window.location),
    webSocketImpl: options.webSocketImpl,
    // Eager: the indicator shows whether live updates can reach this tab before any page
    // subscribes, and live pages start without a handshake's delay.
    lazy: false,
    // A server restart or a flaky mobile network must never leave the tab permanently offline.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    // A socket can die without a close event (sleeping laptop, dropped NAT mapping): ping it,
    // and if no pong comes back in time, terminate it so that the retry loop takes over.
    keepAlive: 10_000,
    on: {
      connecting: (isRetry) => store.set(isRetry ? 'reconnecting' : 'connecting'),
      connected: () => store.set('connected'),
      closed: () => {
        clearTimeout(pongTimer);
        store.set('closed');
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => wsClient.terminate(), pongTimeoutMs);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
    // Only fatal close codes (such as 4400 or 4500) end the retry loop.
    onNonLazyError: () => store.set('failed'),
  });

  const client = new Client({
    url,
    exchanges: [
      cacheExchange,
      persistedExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
    fetchOptions: () => ({
      credentials: 'include',
      // The server refuses non-JSON POSTs (file uploads) without this header: a cross-site page
      // cannot set it, which is what makes it a CSRF defence.
      headers: { 'accept-language': getLanguage(), 'x-pantau-csrf': '1' },
    }),
  });

  return {
    client,
    connection: store.connection,
    dispose: async () => {
      clearTimeout(pongTimer);
      await wsClient.dispose();
    },
  };
}
