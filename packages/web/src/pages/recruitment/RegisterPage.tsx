import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../app/paths';
import { sessionContext } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useLiveConnection } from '../../graphql/connection';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { RegisterMutation, VerifyMutation } from './queries';

/** Candidate registration: the account, then the six-digit code sent to the e-mail address. */
export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('recruitment.register.title'));
  const navigate = useNavigate();
  const connection = useLiveConnection();
  const [email, setEmail] = useState<string | null>(null);
  const [registration, register] = useMutation(RegisterMutation);
  const [verification, verify] = useMutation(VerifyMutation);
  const registerErrors = errorsForForm(registration.error, ['email', 'password', 'name'], t);
  const verifyErrors = errorsForForm(verification.error, ['code'], t);

  const onRegister = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), name: String(form.get('name') ?? '') };
    const result = await register({ input });
    if (result.data?.registerCandidate) setEmail(input.email);
  };
  const onVerify = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await verify({ input: { email: email ?? '', code: String(form.get('code') ?? '').trim() } }, sessionContext);
    if (!result.data?.verifyCandidateEmail) return;
    connection.reconnect();
    await navigate(paths.recruitment.candidate);
  };

  return (
    <section className="narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('recruitment.register.title')}</h1>
      {email === null ? (
        // Keys: the two forms must not share DOM inputs (the name typed would reappear as the code).
        <form key="register" className="form" aria-label={t('recruitment.register.title')} onSubmit={(event) => void onRegister(event)} noValidate>
          <p className="lead">{t('recruitment.register.intro')}</p>
          <FormErrors messages={registerErrors.form} />
          <Field id="register-name" label={t('recruitment.register.name')} error={registerErrors.fields.name}>
            {(control) => <input {...control} name="name" autoComplete="name" required />}
          </Field>
          <Field id="register-email" label={t('recruitment.register.email')} error={registerErrors.fields.email}>
            {(control) => <input {...control} name="email" type="email" autoComplete="email" required />}
          </Field>
          <Field id="register-password" label={t('recruitment.register.password')} hint={t('recruitment.register.passwordHint')} error={registerErrors.fields.password}>
            {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required />}
          </Field>
          <button type="submit" className="button button--primary" disabled={registration.fetching}>
            {t('recruitment.register.submit')}
          </button>
          <p>
            <Link to={paths.login}>{t('recruitment.register.haveAccount')}</Link>
          </p>
        </form>
      ) : (
        <form key="verify" className="form" aria-label={t('recruitment.register.verifyTitle')} onSubmit={(event) => void onVerify(event)} noValidate>
          <p className="lead">{t('recruitment.register.codeSent', { email })}</p>
          <FormErrors messages={verifyErrors.form} />
          <Field id="register-code" label={t('recruitment.register.code')} error={verifyErrors.fields.code}>
            {(control) => <input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />}
          </Field>
          <button type="submit" className="button button--primary" disabled={verification.fetching}>
            {t('recruitment.register.verify')}
          </button>
        </form>
      )}
    </section>
  );
}
