// A GraphQL-over-WebSocket subscription for tests: collects every message and lets a test wait
// for the first one that satisfies a condition.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export class TestSubscription<T> {
  readonly messages: T[] = [];
  private waiters: Array<{ test: (value: T) => boolean; resolve: (value: T) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;
  private readonly client: Client;
  private readonly unsubscribe: () => void;

  constructor(serverUrl: string, query: string, variables: Record<string, unknown>, options: { cookie?: string } = {}) {
    this.client = createClient({
      url: `${serverUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, options.cookie ? { headers: { cookie: options.cookie } } : {});
        }
      },
      retryAttempts: 0,
    });
    this.unsubscribe = this.client.subscribe<T>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) return this.fail(new Error(message.errors.map((error) => error.message).join('; ')));
          const value = message.data as T;
          this.messages.push(value);
          this.waiters = this.waiters.filter((waiter) => (waiter.test(value) ? (waiter.resolve(value), false) : true));
        },
        error: (error) => this.fail(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => {},
      },
    );
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  /** The first message (already received or still to come) that passes `test`. */
  next(test: (value: T) => boolean = () => true): Promise<T> {
    const found = this.messages.find(test);
    if (found) return Promise.resolve(found);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ test, resolve, reject }));
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }
}
