import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * Last resort for a page that threw while rendering or whose code failed to load (for example
 * an old tab after a new release): say so and offer a reload.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <div className="status status--error" role="alert">
      <p className="status__title">{t('errors.title')}</p>
      <p>{t('errors.unknown')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </button>
    </div>
  );
}
