import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The state of the app's one graphql-ws socket, as the header shows it.
 * - connecting: first attempt since the page loaded
 * - connected: acknowledged by the server; subscriptions flow
 * - closed: the socket dropped; a retry is scheduled (with backoff)
 * - reconnecting: a retry attempt is under way
 * - failed: the server refused us for good (a fatal close code); only a reload helps
 */
export type ConnectionState = 'connecting' | 'connected' | 'closed' | 'reconnecting' | 'failed';

export interface LiveConnection {
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /**
   * Drops the socket so it reconnects at once. The server authenticates a socket from the cookie
   * sent at the handshake, so this must follow a sign-in or sign-out.
   */
  reconnect(): void;
}

/** A small external store; the graphql client feeds it from graphql-ws events. */
export function createConnectionStore(initial: ConnectionState = 'connecting', reconnect: () => void = () => {}) {
  let state = initial;
  const listeners = new Set<() => void>();
  const connection: LiveConnection = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reconnect: () => reconnect(),
  };
  return {
    connection,
    set(next: ConnectionState) {
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

export const LiveConnectionContext = createContext<LiveConnection | null>(null);

export function useLiveConnection(): LiveConnection {
  const connection = useContext(LiveConnectionContext);
  if (!connection) throw new Error('useLiveConnection must be used inside <LiveConnectionContext.Provider>');
  return connection;
}

export function useConnectionState(): ConnectionState {
  const connection = useLiveConnection();
  return useSyncExternalStore(connection.subscribe, connection.getState);
}
