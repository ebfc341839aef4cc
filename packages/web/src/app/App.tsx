import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
// RouterProvider from 'react-router' rather than 'react-router/dom': under Vitest the /dom entry
// loads a second copy of react-router whose context the hooks cannot see. We need no flushSync.
import { RouterProvider, type DataRouter } from 'react-router';
import { Provider as UrqlProvider, type Client } from 'urql';
import { LiveConnectionContext, type LiveConnection } from '../graphql/connection';

export interface AppProps {
  client: Client;
  connection: LiveConnection;
  i18n: I18n;
  router: DataRouter;
}

/** Everything the pages rely on, passed in so tests can give a mock client or a memory router. */
export function App({ client, connection, i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <LiveConnectionContext.Provider value={connection}>
          <RouterProvider router={router} />
        </LiveConnectionContext.Provider>
      </UrqlProvider>
    </I18nextProvider>
  );
}
