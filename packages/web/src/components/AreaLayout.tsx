import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { paths } from '../app/paths';

export interface AreaTab {
  to: string;
  label: string;
  /** Active only on this exact path (for a tab whose path starts the others'). */
  end?: boolean;
}

/** An area's sub-navigation (administration, my work, my team): tabs that wrap on phones. */
export function AreaTabs({ label, tabs }: { label: string; tabs: AreaTab[] }) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Why an area is closed to the visitor, instead of a page of errors (the server refuses them
 * anyway): signed in without the right, or not signed in, with the way to sign in.
 */
export function AreaDenied({ id, title, signedIn, children }: { id: string; title: string; signedIn: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="narrow" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p className="status status--error" role="alert">
        {children}
      </p>
      {!signedIn && (
        <Link className="button button--primary" to={paths.login}>
          {t('session.login')}
        </Link>
      )}
    </section>
  );
}
