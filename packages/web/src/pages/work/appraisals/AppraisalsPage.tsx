import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { MyAppraisalsQuery } from '../queries';
import { useWorkYear } from '../useWorkYear';
import { AppraisalCard } from './AppraisalCard';
import { CoachingPlans } from './CoachingPlans';
import { SelfAssessmentForm } from './SelfAssessmentForm';

/** A first self-assessment adds an Appraisal the query did not hold. */
const appraisalsContext = { additionalTypenames: ['Appraisal', 'CoachingSession'] };

/** My appraisals (self-assessment, rating, predikat, acknowledgement or objection) and coaching. */
export function AppraisalsPage() {
  const { t } = useTranslation();
  const year = useWorkYear();
  usePageTitle(t('work.appraisals.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyAppraisalsQuery, variables: { year }, context: appraisalsContext });
  const me = data?.me?.employee;
  const skp = me?.skp;
  const open = me?.agency.performanceYear?.periods.find((period) => period.status === 'OPEN');
  const openAppraisal = skp?.appraisals.find((appraisal) => appraisal.period.id === open?.id);

  return (
    <section aria-labelledby="appraisals-title">
      <h1 id="appraisals-title">{t('work.appraisals.title')}</h1>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {me && (
        <>
          <section aria-labelledby="appraisal-list-title">
            <h2 id="appraisal-list-title">{t('work.appraisals.listTitle', { year })}</h2>
            {skp?.status === 'APPROVED' && open && (!openAppraisal || openAppraisal.status === 'SELF_ASSESSED') && (
              <SelfAssessmentForm skpId={skp.id} periodId={open.id} periodCode={open.code} current={openAppraisal?.selfAssessment ?? ''} />
            )}
            {!skp || skp.appraisals.length === 0 ? (
              <Empty>{t('work.appraisals.none')}</Empty>
            ) : (
              skp.appraisals.map((appraisal) => <AppraisalCard key={appraisal.id} appraisal={appraisal} />)
            )}
          </section>
          <section aria-labelledby="coaching-title">
            <h2 id="coaching-title">{t('work.coaching.title')}</h2>
            <CoachingPlans plans={me.coachingPlans} />
          </section>
        </>
      )}
    </section>
  );
}
