import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { brokenPasswordRules, PASSWORD_MAX_LENGTH, PASSWORD_MIN_DISTINCT, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from '@pantau/shared';
import { paths } from '../../app/paths';
import { sessionContext, useSession, type SessionUser } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { AreaDenied } from '../../components/AreaLayout';
import { Loading } from '../../components/QueryStatus';
import { useLiveConnection } from '../../graphql/connection';
import { describeErrors, errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { SubmitButton } from '../work/SubmitButton';
import { ChangeOwnPasswordMutation, LogoutEverywhereMutation, MyPersonalDataQuery } from './queries';

/** "Akun saya": what every signed-in account can do about itself (password, sessions, personal data). */
export function AccountPage() {
  const { t } = useTranslation();
  const { me, fetching } = useSession();
  usePageTitle(t('account.title'));
  if (!me) {
    if (fetching) return <Loading />;
    return (
      <AreaDenied id="account-title" title={t('account.title')} signedIn={false}>
        {t('account.signInFirst')}
      </AreaDenied>
    );
  }
  return (
    <section className="narrow" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="lead">{t('account.signedInAs', { name: me.displayName, username: me.username, role: t(`roles.${me.role}`) })}</p>
      <PasswordForm me={me} />
      <PersonalDataDownload me={me} />
      <LogoutEverywhere />
    </section>
  );
}

const passwordFields = ['currentPassword', 'newPassword'] as const;

function PasswordForm({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const [{ fetching, error }, change] = useMutation(ChangeOwnPasswordMutation);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  // The server says INVALID_CREDENTIALS for a wrong current password; "wrong username or password" would mislead here.
  const errors = errorsForForm(error, passwordFields, t, (code) => (code === 'INVALID_CREDENTIALS' ? t('account.password.wrongCurrent') : undefined));
  const broken = new Set(brokenPasswordRules(next, me.username));
  const mismatch = repeat !== next;

  const currentError = tried && current === '' ? t('account.password.required') : errors.fields.currentPassword;
  const newError = (tried || next !== '') && broken.size > 0 ? t('account.password.rulesNotMet') : errors.fields.newPassword;
  const repeatError = (tried || repeat !== '') && mismatch ? t('account.password.mismatch') : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    if (current === '' || broken.size > 0 || mismatch) return;
    const result = await change({ currentPassword: current, newPassword: next });
    if (!result.data?.changeOwnPassword) return;
    setCurrent('');
    setNext('');
    setRepeat('');
    setTried(false);
    setDone(true);
  };

  const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, distinct: PASSWORD_MIN_DISTINCT };
  return (
    <form className="form" aria-labelledby="account-password-title" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 id="account-password-title">{t('account.password.title')}</h2>
      <FormErrors messages={errors.form} />
      <Field id="account-current-password" label={t('account.password.current')} error={currentError}>
        {(control) => (
          <input {...control} name="currentPassword" type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} />
        )}
      </Field>
      <Field id="account-new-password" label={t('account.password.new')} error={newError}>
        {(control) => (
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], 'account-password-rules'].filter(Boolean).join(' ')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
        )}
      </Field>
      <ul id="account-password-rules" className="password-rules" aria-label={t('account.password.rules')}>
        {PASSWORD_RULES.map((rule) => {
          const met = next !== '' && !broken.has(rule);
          return (
            <li key={rule} className={met ? 'password-rules__met' : undefined}>
              {met ? '✓ ' : '• '}
              {t(`account.password.rule.${rule}`, limits)}
              <span className="visually-hidden">{met ? t('account.password.met') : t('account.password.notMet')}</span>
            </li>
          );
        })}
      </ul>
      <Field id="account-repeat-password" label={t('account.password.repeat')} error={repeatError}>
        {(control) => (
          <input {...control} name="repeatPassword" type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />
        )}
      </Field>
      <SubmitButton busy={fetching} label={t('account.password.submit')} />
      {done && (
        <p className="status" role="status">
          {t('account.password.changed')}
        </p>
      )}
    </form>
  );
}

function PersonalDataDownload({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[]>([]);

  const download = async () => {
    setBusy(true);
    setProblem([]);
    // Asked fresh each time: the export is a snapshot of today's data, never a cached one.
    const result = await client.query(MyPersonalDataQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setProblem(result.error ? describeErrors(result.error, t).map((userError) => userError.message) : [t('errors.unknown')]);
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data.myPersonalData], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `data-pribadi-${me.username.replace(/[^a-z0-9._-]/gi, '_')}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="form" role="group" aria-labelledby="account-data-title">
      <h2 id="account-data-title">{t('account.data.title')}</h2>
      <p>{t('account.data.intro')}</p>
      <FormErrors messages={problem} />
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {busy ? t('account.data.preparing') : t('account.data.download')}
        </button>
      </div>
    </div>
  );
}

function LogoutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const connection = useLiveConnection();
  const [{ fetching, error }, logoutEverywhere] = useMutation(LogoutEverywhereMutation);
  const [confirming, setConfirming] = useState(false);
  const errors = errorsForForm(error, [], t);

  const confirm = async () => {
    const result = await logoutEverywhere({}, sessionContext);
    if (result.error) return;
    connection.reconnect();
    await navigate(paths.login);
  };

  return (
    <div className="form" role="group" aria-labelledby="account-sessions-title">
      <h2 id="account-sessions-title">{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.intro')}</p>
      <FormErrors messages={errors.form} />
      {confirming ? (
        <div className="form__actions" role="alertdialog" aria-labelledby="account-sessions-confirm">
          <p id="account-sessions-confirm">{t('account.sessions.confirm')}</p>
          <button type="button" className="button button--primary" disabled={fetching} onClick={() => void confirm()}>
            {fetching ? t('session.loggingOut') : t('account.sessions.yes')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
            {t('admin.cancel')}
          </button>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('account.sessions.logoutEverywhere')}
          </button>
        </div>
      )}
    </div>
  );
}
