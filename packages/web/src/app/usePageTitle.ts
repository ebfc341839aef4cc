import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title; screen readers announce it on navigation. */
export function usePageTitle(page: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t]);
}
