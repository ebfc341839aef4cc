import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.js';

/** A source whose events the test pushes by hand. */
function manualSource() {
  const queue: Array<(result: IteratorResult<number>) => void> = [];
  const buffered: Array<IteratorResult<number>> = [];
  let returned = false;
  const deliver = (result: IteratorResult<number>) => {
    const waiter = queue.shift();
    if (waiter) waiter(result);
    else buffered.push(result);
  };
  const source: AsyncIterable<number> = {
    [Symbol.asyncIterator]: () => ({
      next: () => (buffered.length > 0 ? Promise.resolve(buffered.shift()!) : new Promise((resolve) => queue.push(resolve))),
      return: async () => {
        returned = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return { source, push: (value: number) => deliver({ done: false, value }), end: () => deliver({ done: true, value: undefined }), isReturned: () => returned };
}

describe('coalesce', () => {
  it('yields once for a burst of events and again for a later one', async () => {
    const { source, push, end } = manualSource();
    const signals = coalesce(source, 20);
    push(1);
    push(2);
    push(3);
    expect(await signals.next()).toEqual({ done: false, value: undefined });
    push(4);
    expect(await signals.next()).toEqual({ done: false, value: undefined });
    end();
    expect(await signals.next()).toEqual({ done: true, value: undefined });
  });

  it('signals a burst that ends with the source, then finishes', async () => {
    const { source, push, end } = manualSource();
    const signals = coalesce(source, 1000);
    push(1);
    end();
    expect(await signals.next()).toEqual({ done: false, value: undefined });
    expect(await signals.next()).toEqual({ done: true, value: undefined });
  });

  it('releases the source when the consumer stops', async () => {
    const { source, push, isReturned } = manualSource();
    const signals = coalesce(source, 5);
    push(1);
    await signals.next();
    await signals.return(undefined);
    expect(isReturned()).toBe(true);
  });
});
