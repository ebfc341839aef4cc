import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeErrors } from '../graphql/errors';

// The loading, empty and error states every page shows while it talks to the server.

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status status--loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status status--empty">{children}</p>;
}

export function ErrorMessage({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const messages = [...new Set(describeErrors(error, t).map((userError) => userError.message))];
  return (
    <div className="status status--error" role="alert">
      <p className="status__title">{t('errors.title')}</p>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
