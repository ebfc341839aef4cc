import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useLiveConnection } from '../graphql/connection';
import { paths } from './paths';
import { LogoutMutation, sessionContext, useSession } from './session';

export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  const connection = useLiveConnection();
  const navigate = useNavigate();
  const [{ fetching }, logout] = useMutation(LogoutMutation);

  if (!me) {
    return (
      <Link className="button button--ghost" to={paths.login}>
        {t('session.login')}
      </Link>
    );
  }

  const role = t(`roles.${me.role}`);
  const signOut = async () => {
    const result = await logout({}, sessionContext);
    if (result.error) return;
    connection.reconnect();
    await navigate(paths.home);
  };

  return (
    <div className="user-menu">
      <Link className="user-menu__who" to={paths.account} title={t('session.signedInAs', { name: me.displayName, role })}>
        <span className="user-menu__name">{me.displayName}</span>
        <span className="user-menu__role">{role}</span>
        <span className="visually-hidden"> — {t('session.account')}</span>
      </Link>
      <button type="button" className="button button--ghost" onClick={() => void signOut()} disabled={fetching}>
        {fetching ? t('session.loggingOut') : t('session.logout')}
      </button>
    </div>
  );
}
