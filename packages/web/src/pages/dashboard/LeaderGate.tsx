import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { Empty, Loading } from '../../components/QueryStatus';

/** The leader dashboard is for leaders and administrators; others are pointed elsewhere. */
export function LeaderGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, fetching } = useSession();
  if (fetching && !me) return <Loading />;
  if (!me) {
    return (
      <Empty>
        {t('dashboard.signInFirst')} <Link to={paths.login}>{t('session.login')}</Link>
      </Empty>
    );
  }
  if (me.role !== 'LEADER' && me.role !== 'ADMIN') return <Empty>{t('dashboard.forLeaders')}</Empty>;
  return children;
}
