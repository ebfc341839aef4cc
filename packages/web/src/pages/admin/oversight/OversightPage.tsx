import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { nodes } from '../../../graphql/types';
import { formatDay } from '../../../i18n/format';
import { AgencyScopedPage } from '../AgencyPicker';
import { ListStatus } from '../ListStatus';
import { Pager, useCursorPages } from '../Pager';
import { FollowUpForm } from './FollowUpForm';
import { OversightVisitsQuery, oversightContext, type OversightVisit } from './queries';
import { VisitForm } from './VisitForm';

/** Oversight visits to the agency's units: findings, recommendations and their follow-up to the due date. */
export function OversightPage() {
  const { t } = useTranslation();
  usePageTitle(t('oversight.title'));
  return (
    <AgencyScopedPage id="oversight-title" title={t('oversight.title')}>
      {(agencyId) => <Visits key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

function Visits({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [openOnly, setOpenOnly] = useState(false);
  const pages = useCursorPages();
  const [result, refetch] = useQuery({ query: OversightVisitsQuery, variables: { agencyId, openOnly, after: pages.after }, context: oversightContext });
  const visits = nodes(result.data?.oversightVisits);

  return (
    <>
      <VisitForm agencyId={agencyId} />
      <section aria-labelledby="visits-title">
        <h2 id="visits-title">{t('oversight.listTitle', { count: result.data?.oversightVisits.totalCount ?? 0 })}</h2>
        <label className="choice">
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(event) => {
              setOpenOnly(event.target.checked);
              pages.reset();
            }}
          />{' '}
          {t('oversight.openOnly')}
        </label>
        <ListStatus result={result} count={visits.length} empty={t('oversight.empty')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          <ul className="plain-list">
            {visits.map((visit) => (
              <Visit key={visit.id} visit={visit} />
            ))}
          </ul>
          <Pager pages={pages} pageInfo={result.data?.oversightVisits.pageInfo} />
        </ListStatus>
      </section>
    </>
  );
}

function Visit({ visit }: { visit: OversightVisit }) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatDay(date, i18n.language);
  return (
    <li className="panel">
      <h3>
        {visit.unit.name} · {day(visit.visitedOn)}
      </h3>
      <p className="muted">{visit.team}</p>
      <dl>
        <div>
          <dt>{t('oversight.findings')}</dt>
          <dd>{visit.findings}</dd>
        </div>
        <div>
          <dt>{t('oversight.recommendations')}</dt>
          <dd>{visit.recommendations}</dd>
        </div>
        <div>
          <dt>{t('oversight.followUp')}</dt>
          <dd>
            <strong>{t(`oversight.statuses.${visit.followUpStatus}`)}</strong> ·{' '}
            {visit.followUpDoneOn ? t('oversight.doneOn', { date: day(visit.followUpDoneOn) }) : t('oversight.dueOn', { date: day(visit.followUpDueDate) })}
            {visit.overdue && <span className="status status--error"> {t('oversight.overdue')}</span>}
            {visit.followUpNote && (
              <>
                <br />
                {visit.followUpNote}
              </>
            )}
          </dd>
        </div>
      </dl>
      {visit.followUpStatus !== 'DONE' && <FollowUpForm visit={visit} />}
    </li>
  );
}
