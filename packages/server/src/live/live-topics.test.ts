// Live topics without a database: one computation per topic for all its subscribers, bursts
// coalesced, and the last value always the latest state.
import { createPubSub } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { LiveTopics } from './live-topics.js';
import type { Topics } from './pubsub.js';

const change = (agencyId: string) => [{ regionId: 'r', agencyId, serviceTypeId: 's' }];

async function take<T>(iterator: AsyncIterator<T>, until: (value: T) => boolean): Promise<T[]> {
  const values: T[] = [];
  for (;;) {
    const { value, done } = await iterator.next();
    if (done) return values;
    values.push(value);
    if (until(value)) return values;
  }
}

describe('LiveTopics', () => {
  it('computes once per change for all subscribers, coalesces a burst and ends on the latest state', async () => {
    const pubsub = createPubSub<Topics>();
    const live = new LiveTopics(pubsub, createLogger('silent'), { minIntervalMs: 50 });
    let state = 0;
    let computations = 0;
    const compute = async () => {
      computations += 1;
      return state;
    };
    const subscribe = () => live.subscribe('topic:a', compute, (entry) => entry.agencyId === 'a')[Symbol.asyncIterator]();
    const subscribers = [subscribe(), subscribe(), subscribe()];
    const firsts = await Promise.all(subscribers.map((iterator) => iterator.next()));
    expect(firsts.map((first) => first.value)).toEqual([0, 0, 0]);
    expect(computations).toBe(1);

    // A burst of 50 changes, and one for another agency that must not trigger anything.
    pubsub.publish('service.changed', change('b'));
    for (let index = 1; index <= 50; index += 1) {
      state = index;
      pubsub.publish('service.changed', change('a'));
    }
    const seen = await Promise.all(subscribers.map((iterator) => take(iterator, (value) => value === 50)));
    for (const values of seen) expect(values.at(-1)).toBe(50);
    expect(computations).toBeLessThanOrEqual(3);
    expect(live.computationsOf('topic:a')).toBe(computations);

    // The topic lives as long as it has subscribers.
    await Promise.all(subscribers.map((iterator) => iterator.return?.()));
    expect(live.computationsOf('topic:a')).toBeNull();
    await live.close();
  });

  it('serves a cached value until a change affects it, announced here or heard from the feed', async () => {
    const pubsub = createPubSub<Topics>();
    const live = new LiveTopics(pubsub, createLogger('silent'));
    let state = 0;
    const read = () => live.cached('dashboard:r', async () => state, (entry) => entry.regionId === 'r');
    expect(await read()).toBe(0);
    state = 1;
    expect(await read()).toBe(0);
    live.announce([{ regionId: 'other', agencyId: 'x', serviceTypeId: null }]);
    expect(await read()).toBe(0);
    // Announced in this process: dropped at once, before the feed delivers it.
    live.announce(change('a'));
    expect(await read()).toBe(1);
    state = 2;
    pubsub.publish('service.changed', change('b'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await read()).toBe(2);
    // A failed computation is not kept.
    let fail = true;
    const failing = () => live.cached('failing', async () => (fail ? Promise.reject(new Error('down')) : 'up'), () => false);
    await expect(failing()).rejects.toThrow('down');
    fail = false;
    expect(await failing()).toBe('up');
    await live.close();
  });
});
