import { useTranslation } from 'react-i18next';
import { Field } from '../../admin/Field';

/**
 * The evidence (bukti dukung) of a realisation. Today the API takes a link only; when it accepts
 * file uploads, the upload input belongs in this component, beside the link.
 */
export function EvidenceField({
  id,
  value,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="evidence">
      <legend>{t('work.realisations.evidence')}</legend>
      <Field id={id} label={t('work.realisations.evidenceUrl')} hint={t('work.realisations.evidenceUrlHint')} error={error}>
        {(props) => (
          <input {...props} type="url" inputMode="url" value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur} autoComplete="off" placeholder="https://" />
        )}
      </Field>
    </fieldset>
  );
}
