import { useTranslation } from 'react-i18next';
import { Field } from '../../admin/Field';
import { FileField } from '../FileField';

/** The evidence (bukti dukung) of a realisation: a link, an uploaded file (replacing an earlier one), or both. */
export function EvidenceField({
  id,
  value,
  error,
  fileError,
  resetKey,
  onChange,
  onBlur,
  onFileChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  fileError: string | undefined;
  resetKey: number;
  onChange: (value: string) => void;
  onBlur: () => void;
  onFileChange: (file: File | null) => void;
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
      <FileField id={`${id}-file`} label={t('work.realisations.evidenceFile')} error={fileError} resetKey={resetKey} onChange={onFileChange} />
    </fieldset>
  );
}
