// Typed topics for GraphQL subscriptions. With REDIS_URL the events travel through Redis so that
// a change made in one server process reaches subscribers connected to another.
import { createPubSub, type PubSubEventTarget } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
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
  /** Service figures changed; live topics (live-topics.ts) recompute what these affect. */
  'service.changed': [changes: ServiceChange[]];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export interface LivePubSub {
  pubsub: PubSub;
  close(): Promise<void>;
}

/**
 * Prefixes every Redis channel, so that installations (or parallel test runs) sharing one Redis
 * never hear each other.
 */
function prefixChannels(target: PubSubEventTarget<Topics>, prefix: string): PubSubEventTarget<Topics> {
  return {
    addEventListener: (type, listener, options) => target.addEventListener(`${prefix}${type}`, listener, options),
    removeEventListener: (type, listener, options) => target.removeEventListener(`${prefix}${type}`, listener, options),
    dispatchEvent: (event) => target.dispatchEvent(Object.assign(new CustomEvent(`${prefix}${event.type}`, { detail: event.detail }))),
  } as PubSubEventTarget<Topics>;
}

export async function createLivePubSub(redisUrl: string | undefined, logger: Logger, channelPrefix = 'pantau'): Promise<LivePubSub> {
  if (!redisUrl) return { pubsub: createPubSub<Topics>(), close: async () => {} };
  const connect = async (role: string) => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
    client.on('error', (error) => logger.warn({ err: error, role }, 'Redis connection problem; live updates across processes wait for it'));
    await client.connect();
    return client;
  };
  const publishClient = await connect('publish');
  const subscribeClient = await connect('subscribe');
  logger.info('Live updates go through Redis (several server processes can share them)');
  return {
    pubsub: createPubSub<Topics>({ eventTarget: prefixChannels(createRedisEventTarget({ publishClient, subscribeClient }), `${channelPrefix}:`) }),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
