import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A form's submit button, saying so while the server works; `children` go beside it (a confirmation). */
export function SubmitButton({ busy, label, primary = true, children }: { busy: boolean; label: string; primary?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={busy}>
        {busy ? t('work.saving') : label}
      </button>
      {children}
    </div>
  );
}
