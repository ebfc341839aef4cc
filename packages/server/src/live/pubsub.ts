// Typed topics for GraphQL subscriptions. With REDIS_URL the events travel through Redis so that
// a change made in one server process reaches subscribers connected to another.
import { createPubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

export type Topics = {
  /** An agency of the region was created or changed. */
  'directory.agencyChanged': [regionId: string, payload: { agencyId: string }];
  /** A realisation, daily report or rating of an employee of the unit changed. */
  'performance.changed': [unitId: string, payload: { employeeId: string }];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export interface LivePubSub {
  pubsub: PubSub;
  close(): Promise<void>;
}

export async function createLivePubSub(redisUrl: string | undefined, logger: Logger): Promise<LivePubSub> {
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
    pubsub: createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
