import { useTranslation } from 'react-i18next';
import { Link, NavLink, ScrollRestoration, useNavigation, useOutlet } from 'react-router';
import { Loading } from '../components/QueryStatus';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LanguageToggle } from './LanguageToggle';
import { paths } from './paths';
import { hasOwnWork, isAdministrator, useSession } from './session';
import { ServerClock } from './ServerClock';
import { UserMenu } from './UserMenu';

/**
 * Header, navigation and footer around every page. It is also the root route's HydrateFallback:
 * while the first page's code loads there is no outlet yet, and the shell shows a loading state
 * instead of a blank screen.
 */
export function AppShell() {
  const { t } = useTranslation();
  const outlet = useOutlet();
  const navigating = useNavigation().state !== 'idle';
  const { me } = useSession();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link className="brand" to={paths.home} aria-label={t('app.homeLink')}>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav className="app-nav" aria-label={t('app.nav.label')}>
            <ul>
              <li>
                <NavLink to={paths.home} end>
                  {t('app.nav.home')}
                </NavLink>
              </li>
              {me && isAdministrator(me.role) && (
                <li>
                  <NavLink to={paths.admin.home}>{t('app.nav.admin')}</NavLink>
                </li>
              )}
              {me && hasOwnWork(me.role) && (
                <li>
                  <NavLink to={paths.work.home}>{t('work.navEntry')}</NavLink>
                </li>
              )}
              {me && (me.role === 'SUPERVISOR' || isAdministrator(me.role)) && (
                <li>
                  <NavLink to={paths.team.home}>{t('app.nav.team')}</NavLink>
                </li>
              )}
              {(me?.role === 'LEADER' || me?.role === 'ADMIN') && (
                <li>
                  <NavLink to={paths.dashboardIndex}>{t('app.nav.dashboard')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to={paths.analysts}>{t('app.nav.analysts')}</NavLink>
              </li>
              <li>
                <NavLink to={paths.recruitment.openings} end>
                  {t('app.nav.openings')}
                </NavLink>
              </li>
              {me?.role === 'CANDIDATE' && (
                <li>
                  <NavLink to={paths.recruitment.candidate}>{t('app.nav.candidate')}</NavLink>
                </li>
              )}
              {me && hasOwnWork(me.role) && (
                <li>
                  <NavLink to={paths.recruitment.orientation}>{t('app.nav.orientation')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="app-header__tools">
            <ConnectionIndicator />
            <LanguageToggle />
            <UserMenu />
          </div>
        </div>
        {navigating && <div className="progress" aria-hidden="true" />}
      </header>
      <main id="main" className="app-main" tabIndex={-1} aria-busy={navigating || !outlet}>
        {outlet ?? <Loading label={t('app.pageLoading')} />}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer.about')}</p>
        <ServerClock />
      </footer>
      <ScrollRestoration />
    </div>
  );
}
