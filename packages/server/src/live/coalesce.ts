// Turns a burst of events into one signal: after an event arrives, further events within
// `windowMs` are absorbed, then one signal is yielded. A unit where fifty employees file their
// daily reports in the same minute is recomputed a few times, not fifty.
export async function* coalesce(source: AsyncIterable<unknown>, windowMs: number): AsyncGenerator<void> {
  const iterator = source[Symbol.asyncIterator]();
  // A next() still outstanding when a window closed; it belongs to the following burst.
  let pending: Promise<IteratorResult<unknown>> | null = null;
  try {
    for (;;) {
      const first = await (pending ?? iterator.next());
      pending = null;
      if (first.done) return;
      let timer: NodeJS.Timeout | undefined;
      const windowClosed = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), windowMs)));
      for (;;) {
        pending = iterator.next();
        const next = await Promise.race([pending, windowClosed]);
        if (next === null) break;
        pending = null;
        if (next.done) {
          clearTimeout(timer);
          yield;
          return;
        }
      }
      clearTimeout(timer);
      yield;
    }
  } finally {
    await iterator.return?.();
  }
}
