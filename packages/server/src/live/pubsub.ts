// Typed topics for GraphQL subscriptions. With REDIS_URL the events travel through Redis so that
// a change made in one server process reaches subscribers connected to another.
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** Figures of an agency changed: one service's (events, survey answers), or agency-wide (null: KPI targets and values). */
export interface ServiceChange {
  regionId: string;
  agencyId: string;
  serviceTypeId: string | null;
}

export type Topics = {
  /** An agency of the region was created or changed. */
  'directory.agencyChanged': [regionId: string, payload: { agencyId: string }];
  /** Sessions ended (logout, logout everywhere, account disabled): their WebSockets must close. */
  'auth.sessionsRevoked': [payload: { userId: string; sessionId?: string; exceptSessionId?: string }];
  /** Service figures changed; live topics (live-topics.ts) recompute what these affect. */
  'service.changed': [changes: ServiceChange[]];
  /** A realisation, daily report or rating of an employee of the unit changed. */
  'performance.changed': [unitId: string, payload: { employeeId: string }];
  /** The same change, announced to the region's performance overview (aggregates per agency). */
  'performance.regionChanged': [regionId: string, payload: { agencyId: string }];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export interface LivePubSub {
  pubsub: PubSub;
  /** A plain Redis connection for other shared state (rate limits), when REDIS_URL is set. */
  redis?: Redis;
  close(): Promise<void>;
}

export async function createLivePubSub(redisUrl: string | undefined, logger: Logger, channelPrefix = 'pantau'): Promise<LivePubSub> {
  if (!redisUrl) return { pubsub: createPubSub<Topics>(), close: async () => {} };
  const connect = async (role: string) => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    client.on('error', (error) => logger.debug({ err: error, role }, 'Redis connection error'));
    await client.connect();
    return client;
  };
  const publishClient = await connect('publish');
  const subscribeClient = await connect('subscribe');
  logger.info('Live updates go through Redis (several server processes can share them)');
  return {
    pubsub: createPubSub<Topics>({ eventTarget: resilientEventTarget(publishClient, subscribeClient, logger, `${channelPrefix}:`) }),
    redis: publishClient,
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/**
 * Events go through Redis channels while Redis answers. When it does not, they are delivered to
 * this process's own subscribers instead (with a warning): live updates degrade to one process
 * rather than stopping, and go back through Redis (ioredis reconnects and resubscribes) once it
 * returns. Redis errors never escape as unhandled rejections.
 */
function resilientEventTarget(publishClient: Redis, subscribeClient: Redis, logger: Logger, prefix: string): EventTarget {
  const local = new EventTarget();
  const listenersByChannel = new Map<string, Set<EventListenerOrEventListenerObject>>();
  let degraded = false;
  const degrade = (reason: string) => {
    if (degraded) return;
    degraded = true;
    logger.warn({ reason }, 'Redis is unavailable: live updates reach only subscribers of this server process until it returns');
  };
  publishClient.on('close', () => degrade('connection closed'));
  publishClient.on('ready', () => {
    if (!degraded) return;
    degraded = false;
    logger.info('Redis is back: live updates are shared between server processes again');
  });
  const quietly = (action: string) => (error: Error) => logger.debug({ err: error, action }, 'Redis command failed');
  subscribeClient.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(prefix)) return;
    const type = channel.slice(prefix.length);
    const event = new CustomEvent(type, { detail: JSON.parse(message) as unknown });
    for (const listener of listenersByChannel.get(type) ?? []) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  });
  const deliverLocally = (event: Event) => local.dispatchEvent(new CustomEvent(event.type, { detail: (event as CustomEvent).detail }));
  return {
    addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
      if (!listener) return;
      local.addEventListener(type, listener);
      let listeners = listenersByChannel.get(type);
      if (!listeners) {
        listeners = new Set();
        listenersByChannel.set(type, listeners);
        subscribeClient.subscribe(prefix + type).catch(quietly('subscribe'));
      }
      listeners.add(listener);
    },
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
      if (!listener) return;
      local.removeEventListener(type, listener);
      const listeners = listenersByChannel.get(type);
      if (!listeners?.delete(listener) || listeners.size > 0) return;
      listenersByChannel.delete(type);
      if (subscribeClient.status === 'ready') subscribeClient.unsubscribe(prefix + type).catch(quietly('unsubscribe'));
    },
    dispatchEvent(event: Event) {
      if (publishClient.status !== 'ready') {
        degrade(`connection ${publishClient.status}`);
        return deliverLocally(event);
      }
      publishClient.publish(prefix + event.type, JSON.stringify((event as CustomEvent).detail ?? null)).catch((error: Error) => {
        degrade(error.message);
        deliverLocally(event);
      });
      return true;
    },
  };
}
