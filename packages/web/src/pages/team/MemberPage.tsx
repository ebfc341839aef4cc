import { isBelowBaik } from '@pantau/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { PredikatBadge, SkpStatusBadge } from '../../components/performance/PredikatBadge';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { AppraisalForm } from './AppraisalForm';
import { CoachingPlanForm } from './CoachingPlanForm';
import { CoachingSessionForm } from './CoachingSessionForm';
import { useYear } from './dates';
import { DialogueForm } from './DialogueForm';
import { ObjectionForm } from './ObjectionForm';
import { MemberQuery, type Appraisal, type Member, type Period } from './queries';
import { SkpDecision } from './SkpDecision';
import { SpecialExpectations } from './SpecialExpectations';
import { YearSelect } from './TeamLayout';

// A first dialogue or plan adds a type the page's result did not hold yet: refetch on those too.
const memberContext = { additionalTypenames: ['PerformanceDialogue', 'CoachingPlan', 'CoachingSession'] };

/** One team member: their plan to approve or return, their appraisals to rate, dialogues and coaching. */
export function MemberPage() {
  const { t } = useTranslation();
  const { employeeId = '' } = useParams();
  const [year] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MemberQuery,
    variables: { id: employeeId, year },
    // The employee changes their plan in their own browser: show what is cached, then what is current.
    requestPolicy: 'cache-and-network',
    context: memberContext,
  });
  const member = data?.node ?? null;
  usePageTitle(member?.name ?? t('team.member.title'));
  if (error && !data) return <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!member) return <Empty>{t('team.member.notFound')}</Empty>;
  const viewerId = data?.me?.employee?.id ?? null;
  const isDirectSuperior = viewerId !== null && member.superior?.id === viewerId;
  const decidesObjections = viewerId !== null && member.superior?.superior?.id === viewerId;
  return (
    <article aria-labelledby="member-title">
      <p className="back-link">
        <Link to={`${paths.team.home}?tahun=${year}`}>{t('team.member.back')}</Link>
      </p>
      <div className="section-header">
        <div>
          <h1 id="member-title">{member.name}</h1>
          <p className="lead">
            {member.positionTitle} · {member.rankGrade} · {member.unit.name}
          </p>
        </div>
        <YearSelect />
      </div>
      <SkpSection member={member} year={year} isDirectSuperior={isDirectSuperior} />
      {member.skp && <AppraisalsSection member={member} isDirectSuperior={isDirectSuperior} decidesObjections={decidesObjections} />}
      <DialogueSection member={member} isDirectSuperior={isDirectSuperior} />
    </article>
  );
}

function SkpSection({ member, year, isDirectSuperior }: { member: Member; year: number; isDirectSuperior: boolean }) {
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormat();
  const skp = member.skp;
  return (
    <section className="panel" aria-labelledby="skp-title">
      <h2 id="skp-title">{t('team.skp.title', { year })}</h2>
      {!skp ? (
        <Empty>{t('team.skp.none', { year })}</Empty>
      ) : (
        <>
          <p>
            {t('team.skp.status')}: <SkpStatusBadge status={skp.status} />
            {skp.submittedAt && <span className="muted"> · {t('team.skp.submittedAt', { at: formatDateTime(skp.submittedAt) })}</span>}
          </p>
          {skp.status === 'RETURNED' && skp.returnReason && (
            <p className="status">
              {t('team.skp.returnedWith')}: {skp.returnReason}
            </p>
          )}
          {skp.rhk.length === 0 ? (
            <Empty>{t('team.skp.noRhk')}</Empty>
          ) : (
            <ol className="rhk-list">
              {skp.rhk.map((rhk) => (
                <li key={rhk.id}>
                  <p>
                    <strong>{rhk.title}</strong> <span className="muted">({t(`team.skp.kind.${rhk.kind}`)})</span>
                  </p>
                  {rhk.parentRhk && (
                    <p className="muted">
                      {t('team.skp.supports')}: {rhk.parentRhk.title}
                    </p>
                  )}
                  <ul>
                    {rhk.indicators.map((indicator) => (
                      <li key={indicator.id}>
                        {t(`team.skp.aspect.${indicator.aspect}`)}: {indicator.description} — {t('team.skp.target')} {formatNumber(indicator.target)} {indicator.unit}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {skp.status === 'SUBMITTED' && isDirectSuperior && <SkpDecision skpId={skp.id} />}
          <SpecialExpectations skpId={skp.id} expectations={skp.specialExpectations} editable={isDirectSuperior && !skp.annual} />
          {skp.status === 'SUBMITTED' && !isDirectSuperior && <p className="muted">{t('team.skp.decidedByDirect')}</p>}
        </>
      )}
    </section>
  );
}

function AppraisalsSection({ member, isDirectSuperior, decidesObjections }: { member: Member; isDirectSuperior: boolean; decidesObjections: boolean }) {
  const { t } = useTranslation();
  const skp = member.skp!;
  const periods = skp.performanceYear.periods;
  return (
    <section className="panel" aria-labelledby="appraisals-title">
      <h2 id="appraisals-title">{t('team.appraisal.title')}</h2>
      {skp.annual && (
        <p>
          {t('team.appraisal.annual')}: <PredikatBadge predikat={skp.annual.predikat} />
        </p>
      )}
      {periods.map((period) => (
        <PeriodAppraisal
          key={period.id}
          period={period}
          appraisal={skp.appraisals.find((appraisal) => appraisal.period.id === period.id) ?? null}
          member={member}
          isDirectSuperior={isDirectSuperior}
          decidesObjections={decidesObjections}
        />
      ))}
    </section>
  );
}

function PeriodAppraisal({
  period,
  appraisal,
  member,
  isDirectSuperior,
  decidesObjections,
}: {
  period: Period;
  appraisal: Appraisal | null;
  member: Member;
  isDirectSuperior: boolean;
  decidesObjections: boolean;
}) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const [editing, setEditing] = useState(false);
  const headingId = `period-${period.id}`;
  const canRate = isDirectSuperior && period.status === 'OPEN' && appraisal !== null && (appraisal.status === 'SELF_ASSESSED' || appraisal.status === 'RATED');
  const plan = appraisal ? member.coachingPlans.find((candidate) => candidate.appraisal.id === appraisal.id) : undefined;
  const needsCoaching = appraisal?.status === 'ACKNOWLEDGED' && appraisal.predikat !== null && isBelowBaik(appraisal.predikat);
  return (
    <section className="period" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {period.code} <span className="muted">({t(`team.periodStatus.${period.status}`)}, {formatDay(period.startDate)} – {formatDay(period.endDate)})</span>
      </h3>
      {!appraisal ? (
        <p className="muted">{period.status === 'CLOSED' ? t('team.appraisal.none') : t('team.appraisal.awaitingSelf')}</p>
      ) : (
        <>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('team.appraisal.selfAssessment')}</dt>
              <dd>{appraisal.selfAssessment}</dd>
            </div>
            <div>
              <dt>{t('team.appraisal.status')}</dt>
              <dd>{t(`performance.appraisalStatus.${appraisal.status}`)}</dd>
            </div>
            {appraisal.predikat && (
              <div>
                <dt>{t('team.appraisal.predikatResult')}</dt>
                <dd>
                  <PredikatBadge predikat={appraisal.predikat} />
                  {appraisal.originalPredikat && (
                    <span className="muted"> ({t('team.appraisal.revisedFrom', { predikat: t(`performance.predikat.${appraisal.originalPredikat}`) })})</span>
                  )}
                </dd>
              </div>
            )}
            {appraisal.objectionReason && (
              <div>
                <dt>{t('team.objections.reason')}</dt>
                <dd>{appraisal.objectionReason}</dd>
              </div>
            )}
            {appraisal.objectionNote && (
              <div>
                <dt>{t('team.objections.note')}</dt>
                <dd>{appraisal.objectionNote}</dd>
              </div>
            )}
          </dl>
          {canRate && (appraisal.status === 'SELF_ASSESSED' || editing) && <AppraisalForm appraisal={appraisal} onDone={() => setEditing(false)} />}
          {canRate && appraisal.status === 'RATED' && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('team.appraisal.edit')}
            </button>
          )}
          {appraisal.status === 'OBJECTED' && decidesObjections && <ObjectionForm appraisal={appraisal} />}
          {plan && (
            <>
              <p>
                {t('team.coaching.plan')}: {plan.goals} — {t(`team.coaching.status.${plan.status}`)}, {t('team.coaching.due', { date: formatDay(plan.dueDate) })}
              </p>
              {plan.sessions.length > 0 && (
                <ul aria-label={t('team.coaching.sessions')}>
                  {plan.sessions.map((session, index) => (
                    <li key={`${session.date}-${index}`}>
                      <strong>{formatDay(session.date)}</strong>: {session.notes}
                      {session.employeeScore !== null && <span className="muted"> · {t('team.coaching.employeeScore', { score: session.employeeScore })}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {plan.status === 'OPEN' && isDirectSuperior && <CoachingSessionForm planId={plan.id} period={period.code} />}
            </>
          )}
          {!plan && needsCoaching && isDirectSuperior && (
            <>
              <h4>{t('team.coaching.title')}</h4>
              <CoachingPlanForm appraisalId={appraisal.id} period={period.code} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function DialogueSection({ member, isDirectSuperior }: { member: Member; isDirectSuperior: boolean }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const dialogues = nodes(member.dialogues);
  return (
    <section className="panel" aria-labelledby="dialogue-title">
      <h2 id="dialogue-title">{t('team.dialogue.title')}</h2>
      {dialogues.length === 0 ? (
        <Empty>{t('team.dialogue.none')}</Empty>
      ) : (
        <ul className="dialogue-list">
          {dialogues.map((dialogue, index) => (
            <li key={`${dialogue.date}-${index}`}>
              <p>
                <strong>{formatDay(dialogue.date)}</strong> · {dialogue.recordedByName}
              </p>
              <p>
                {t('team.dialogue.topics')}: {dialogue.topics}
              </p>
              <p>
                {t('team.dialogue.agreedActions')}: {dialogue.agreedActions}
              </p>
              {dialogue.followUpDate && <p className="muted">{t('team.dialogue.followUpOn', { date: formatDay(dialogue.followUpDate) })}</p>}
            </li>
          ))}
        </ul>
      )}
      {isDirectSuperior && <DialogueForm employeeId={member.id} />}
    </section>
  );
}
