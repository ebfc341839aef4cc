import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../app/paths';
import { sessionContext } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useLiveConnection } from '../../graphql/connection';
import { errorsForForm } from '../../graphql/errors';
import { LoginMutation } from './queries';

const fieldNames = ['username', 'password'] as const;
type FieldName = (typeof fieldNames)[number];

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const connection = useLiveConnection();
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  usePageTitle(t('login.title'));

  const errors = errorsForForm(error, fieldNames, t);
  const firstInvalid = fieldNames.find((name) => errors.fields[name]);

  // Take keyboard and screen-reader users straight to the field the server rejected.
  useEffect(() => {
    if (firstInvalid) inputs.current[firstInvalid]?.focus();
  }, [error, firstInvalid]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await login(
      { input: { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') } },
      sessionContext,
    );
    if (!result.data?.login) return;
    connection.reconnect();
    await navigate(paths.home);
  };

  const field = (name: FieldName, type: string, autoComplete: string) => {
    const id = `login-${name}`;
    const message = errors.fields[name];
    return (
      <div className="field">
        <label htmlFor={id}>{t(`login.${name}`)}</label>
        <input
          ref={(element) => {
            inputs.current[name] = element;
          }}
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
        />
        {message && (
          <p id={`${id}-error`} className="field__error">
            {message}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.form.length > 0 && (
          <div className="form__error" role="alert">
            {errors.form.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {field('username', 'text', 'username')}
        {field('password', 'password', 'current-password')}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
