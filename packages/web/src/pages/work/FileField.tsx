import { useTranslation } from 'react-i18next';
import { Field } from '../admin/Field';
import { UPLOAD_ACCEPT } from './useForm';

export interface StoredFile {
  name: string;
  url: string;
}

/** A stored file as a download link (the server sends it as an attachment). */
export function FileLink({ file }: { file: StoredFile }) {
  return (
    <a href={file.url} download={file.name}>
      {file.name}
    </a>
  );
}

/**
 * A file to upload: PDF, PNG or JPEG of at most 5 MiB, checked again by the server. The input is
 * uncontrolled (a file input cannot be set); a new `resetKey` clears it after a save.
 */
export function FileField({
  id,
  label,
  error,
  resetKey,
  onChange,
}: {
  id: string;
  label: string;
  error: string | undefined;
  resetKey?: number;
  onChange: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={label} hint={t('work.files.hint')} error={error}>
        {(props) => <input key={resetKey} {...props} type="file" accept={UPLOAD_ACCEPT} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />}
    </Field>
  );
}
