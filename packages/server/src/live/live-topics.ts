// Live aggregates shared by all subscribers of a topic. A topic (e.g. one agency's service
// metrics) is computed once per change and the same value goes to every subscriber; changes that
// arrive while it is computing, or within `minIntervalMs` of the last computation, are coalesced
// into one more computation, so a burst yields a few updates per second and always ends on the
// latest state. Each subscriber keeps only the newest value it has not read yet.
import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { PubSub, ServiceChange } from './pubsub.js';

export interface LiveTopicsOptions {
  /** Least time between two computations of one topic. */
  minIntervalMs?: number;
  /** Longest a cached value is served (it also ends at the first change that affects it). */
  cacheMaxAgeMs?: number;
}

interface CacheEntry {
  value: Promise<unknown>;
  affectedBy: (change: ServiceChange) => boolean;
  expiresAt: number;
}

class Topic<T> {
  readonly subscribers = new Set<(value: T) => void>();
  latest: T | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private dirty = false;
  private lastRunAt = 0;
  /** How many times the value was computed (for tests and the benchmark). */
  computations = 0;

  constructor(
    private readonly compute: () => Promise<T>,
    readonly affectedBy: (change: ServiceChange) => boolean,
    private readonly minIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  invalidate(): void {
    if (this.running || this.timer) {
      this.dirty = true;
      return;
    }
    const wait = Math.max(0, this.lastRunAt + this.minIntervalMs - Date.now());
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.running = true;
    this.dirty = false;
    this.lastRunAt = Date.now();
    try {
      const value = await this.compute();
      this.computations += 1;
      this.latest = value;
      for (const push of this.subscribers) push(value);
    } catch (error) {
      this.logger.error({ err: error }, 'A live topic could not be computed; its subscribers keep the last value');
    } finally {
      this.running = false;
      if (this.dirty && this.subscribers.size > 0) this.invalidate();
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
  }
}

export class LiveTopics {
  private readonly topics = new Map<string, Topic<unknown>>();
  /** Rendered payloads per topic value (one object per revision, the same for every subscriber). */
  private readonly payloads = new WeakMap<object, Map<string, Promise<string>>>();
  /** How many payloads were rendered (for tests and the benchmark). */
  renders = 0;
  private readonly changes: AsyncIterableIterator<ServiceChange[]>;
  private readonly minIntervalMs: number;
  private readonly cacheMaxAgeMs: number;
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    options: LiveTopicsOptions = {},
  ) {
    this.minIntervalMs = options.minIntervalMs ?? 250;
    this.cacheMaxAgeMs = options.cacheMaxAgeMs ?? 60_000;
    // One subscription to the change feed per process (through Redis when configured).
    const changes = pubsub.subscribe('service.changed');
    this.changes = changes;
    void (async () => {
      for await (const batch of changes) this.notify(batch);
    })();
  }

  /**
   * Announces committed changes: this process's cached values they affect are dropped at once (a
   * read right after the write sees it), and every process's topics and caches hear of them.
   */
  announce(changes: ServiceChange[]): void {
    if (changes.length === 0) return;
    this.dropCached(changes);
    this.pubsub.publish('service.changed', changes);
  }

  private dropCached(changes: ServiceChange[]): void {
    for (const [key, entry] of this.cache) if (changes.some(entry.affectedBy)) this.cache.delete(key);
  }

  /**
   * The value named `key`, computed once and then served from memory until a change affects it
   * (announced here or by another process) or `cacheMaxAgeMs` passes (changes nobody announces,
   * such as settings). Failures are not kept. Reads concurrent with a write may get the value from
   * before it; any read that starts after the write's announcement computes afresh.
   */
  cached<T>(key: string, compute: () => Promise<T>, affectedBy: (change: ServiceChange) => boolean): Promise<T> {
    const now = Date.now();
    const entry = this.cache.get(key);
    if (entry && entry.expiresAt > now) return entry.value as Promise<T>;
    const value = compute();
    const fresh: CacheEntry = { value, affectedBy, expiresAt: now + this.cacheMaxAgeMs };
    this.cache.set(key, fresh);
    value.catch(() => {
      if (this.cache.get(key) === fresh) this.cache.delete(key);
    });
    return value;
  }

  private notify(changes: ServiceChange[]): void {
    this.dropCached(changes);
    for (const topic of this.topics.values()) {
      if (changes.some(topic.affectedBy)) topic.invalidate();
    }
  }

  /** The current value first, then every later value, of the topic named `key`. */
  subscribe<T>(key: string, compute: () => Promise<T>, affectedBy: (change: ServiceChange) => boolean): AsyncIterable<T> {
    return new Repeater<T>(async (push, stop) => {
      let topic = this.topics.get(key) as Topic<T> | undefined;
      if (!topic) {
        topic = new Topic(compute, affectedBy, this.minIntervalMs, this.logger);
        this.topics.set(key, topic as Topic<unknown>);
      }
      const subscriber = (value: T) => void push(value);
      topic.subscribers.add(subscriber);
      if (topic.latest !== undefined) subscriber(topic.latest);
      else if (topic.subscribers.size === 1) topic.invalidate();
      await stop;
      topic.subscribers.delete(subscriber);
      if (topic.subscribers.size === 0) {
        topic.stop();
        this.topics.delete(key);
      }
    }, new SlidingBuffer(1));
  }

  /**
   * The payload rendered from a topic's value for one kind of request (`key`: the operation, its
   * variables and the audience): rendered once for the first subscriber who asks, then shared by
   * every other subscriber of the same value. A failed render is not kept.
   */
  payloadOf(value: object, key: string, render: () => Promise<string>): Promise<string> {
    let byKey = this.payloads.get(value);
    if (!byKey) {
      byKey = new Map();
      this.payloads.set(value, byKey);
    }
    let payload = byKey.get(key);
    if (!payload) {
      this.renders += 1;
      payload = render();
      byKey.set(key, payload);
      payload.catch(() => byKey.delete(key));
    }
    return payload;
  }

  /** Computations so far of a topic with subscribers, or null. */
  computationsOf(key: string): number | null {
    return this.topics.get(key)?.computations ?? null;
  }

  async close(): Promise<void> {
    for (const topic of this.topics.values()) topic.stop();
    this.topics.clear();
    this.cache.clear();
    await this.changes.return?.();
  }
}
