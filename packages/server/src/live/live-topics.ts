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
  private readonly changes: AsyncIterableIterator<ServiceChange[]>;
  private readonly minIntervalMs: number;

  constructor(
    pubsub: PubSub,
    private readonly logger: Logger,
    options: LiveTopicsOptions = {},
  ) {
    this.minIntervalMs = options.minIntervalMs ?? 250;
    // One subscription to the change feed per process (through Redis when configured).
    const changes = pubsub.subscribe('service.changed');
    this.changes = changes;
    void (async () => {
      for await (const batch of changes) this.notify(batch);
    })();
  }

  private notify(changes: ServiceChange[]): void {
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

  /** Computations so far of a topic with subscribers, or null. */
  computationsOf(key: string): number | null {
    return this.topics.get(key)?.computations ?? null;
  }

  async close(): Promise<void> {
    for (const topic of this.topics.values()) topic.stop();
    this.topics.clear();
    await this.changes.return?.();
  }
}
