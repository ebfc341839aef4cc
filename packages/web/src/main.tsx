import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { routes } from './app/routes';
import { createGraphqlClient } from './graphql/client';
import { createI18n, isLanguage, loadLanguage } from './i18n';
import './styles.css';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Accessing it throws when storage is blocked; the language then lasts for the visit only.
    return undefined;
  }
}

const i18n = createI18n({ storage: localStorageOrUndefined(), document });
const { client, connection } = createGraphqlClient({ getLanguage: () => i18n.language });
const router = createBrowserRouter(routes);

// A visitor who chose English before gets its texts before the first render (Indonesian is bundled).
void loadLanguage(i18n, isLanguage(i18n.language) ? i18n.language : 'id').finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={client} connection={connection} i18n={i18n} router={router} />
    </StrictMode>,
  ),
);
