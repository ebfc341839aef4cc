import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for a step that cannot be undone: the first click asks (with what will happen), the
 * second does it; "cancel" steps back.
 */
export function ConfirmButton({ label, question, confirmLabel, busy, onConfirm }: { label: string; question: string; confirmLabel: string; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--ghost" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={label}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {busy ? t('admin.saving') : confirmLabel}
      </button>{' '}
      <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
        {t('admin.cancel')}
      </button>
    </span>
  );
}
