import { render } from '@testing-library/react';
import { createRequest, getOperationName, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { createMemoryRouter } from 'react-router';
import { fromValue, never, toPromise, type Source } from 'wonka';
import { App } from '../app/App';
import { routes } from '../app/routes';
import { createConnectionStore, type ConnectionState } from '../graphql/connection';
import { createI18n, type Language } from '../i18n';
import en from '../i18n/locales/en.json';

type Result = Partial<OperationResult>;
/** Results by operation name; an operation without one stays pending forever. */
export type MockResponses = Record<string, Result | ((variables: unknown) => Result)>;

/**
 * A urql client whose operations answer from fixed results, for rendering components without a
 * server. The real client is covered by the end-to-end tests.
 */
export function mockClient(responses: MockResponses = {}): Client {
  const answer = (request: GraphQLRequest): Source<OperationResult> => {
    const response = responses[getOperationName(request.query) ?? ''];
    if (!response) return never;
    const result = typeof response === 'function' ? response(request.variables) : response;
    return fromValue({ stale: false, hasNext: false, ...result } as OperationResult);
  };
  return {
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: answer,
    // client.query(…).toPromise(), for pages that ask on demand (a download) rather than through useQuery.
    query: (query: GraphQLRequest['query'], variables?: Record<string, unknown>) => ({ toPromise: () => toPromise(answer(createRequest(query, variables ?? {}))) }),
  } as unknown as Client;
}

export interface RenderAppOptions {
  path?: string;
  responses?: MockResponses;
  client?: Client;
  language?: Language;
  connectionState?: ConnectionState;
}

/** Renders the whole app (shell, routes, providers) at a path, as a user would see it. */
export function renderApp(options: RenderAppOptions = {}) {
  const i18n = createI18n({ storage: window.localStorage, document, language: options.language, bundles: { en } });
  const live = createConnectionStore(options.connectionState ?? 'connected');
  const client = options.client ?? mockClient({ Me: { data: { me: null } }, ...options.responses });
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const view = render(<App client={client} connection={live.connection} i18n={i18n} router={router} />);
  return { ...view, i18n, router, live };
}
