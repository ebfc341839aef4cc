import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../graphql/connection';

/** Shows whether live updates can reach this tab; a polite live region announces changes. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <p className={`connection connection--${state}`} role="status" aria-live="polite" data-state={state}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.label')}: </span>
      {t(`connection.${state}`)}
    </p>
  );
}
