import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Files that opt into the node environment (the WebSocket client test) have no DOM to set up.
if (typeof window !== 'undefined') {
  // Pages load lazily; on a busy machine (CI, tests in parallel) the first render can take over
  // the default second, which made findBy* queries fail at random.
  configure({ asyncUtilTimeout: 5000 });

  // jsdom has no layout; React Router's scroll restoration calls this on every navigation.
  window.scrollTo = () => {};
  // jsdom cannot draw; without a 2D context the charts render only their text alternative.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    document.documentElement.lang = '';
  });
}
