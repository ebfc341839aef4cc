import { MIN_ANONYMOUS_RESPONSES } from '@pantau/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { formatDate, formatNumber } from '../../../i18n/format';
import { feedbackContext, MyFeedbackQuery, type FeedbackRequest } from '../queries';
import { useWorkYear } from '../useWorkYear';
import { useEmployee } from '../WorkLayout';
import { FeedbackThread } from './FeedbackThread';
import { RequestFeedbackForm } from './RequestFeedbackForm';
import { RespondForm } from './RespondForm';

/** Feedback: my 360-degree requests, the requests addressed to me, and the thread with my superior. */
export function FeedbackPage() {
  const { t, i18n } = useTranslation();
  const year = useWorkYear();
  usePageTitle(t('work.feedback.title'));
  const employee = useEmployee();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyFeedbackQuery, variables: { year }, context: feedbackContext });
  const me = data?.me?.employee;

  return (
    <section aria-labelledby="feedback-title">
      <h1 id="feedback-title">{t('work.feedback.title')}</h1>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && me && (
        <>
          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">{t('work.feedback.invitationsTitle')}</h2>
            {data.myFeedbackInvitations.length === 0 ? (
              <Empty>{t('work.feedback.noInvitations')}</Empty>
            ) : (
              <ul className="plain-list">
                {data.myFeedbackInvitations.map((invitation) => (
                  <li key={invitation.id} className="panel">
                    <h3>{t('work.feedback.about', { name: invitation.subjectName })}</h3>
                    <p>{invitation.topic}</p>
                    <p className="muted">
                      {t('work.feedback.expires', { date: formatDate(invitation.expiresAt, i18n.language) })} ·{' '}
                      {invitation.anonymous ? t('work.feedback.anonymousYes') : t('work.feedback.anonymousNo')}
                    </p>
                    <RespondForm invitationId={invitation.id} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="requests-title">
            <h2 id="requests-title">{t('work.feedback.requestsTitle')}</h2>
            {me.feedbackRequests.length === 0 ? (
              <Empty>{t('work.feedback.noRequests')}</Empty>
            ) : (
              <ul className="plain-list">
                {me.feedbackRequests.map((request) => (
                  <FeedbackRequestItem key={request.id} request={request} />
                ))}
              </ul>
            )}
            <RequestFeedbackForm subjectId={employee.id} colleagues={data.myFeedbackRaterCandidates} />
          </section>

          <section aria-labelledby="thread-title">
            <h2 id="thread-title">{t('work.feedback.threadTitle')}</h2>
            <FeedbackThread year={year} periods={me.agency.performanceYear?.periods ?? []} rhk={me.skp?.rhk ?? []} />
          </section>
        </>
      )}
    </section>
  );
}

function FeedbackRequestItem({ request }: { request: FeedbackRequest }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="panel">
      <h3>{request.topic}</h3>
      <p className="muted">
        {t('work.feedback.expires', { date: formatDate(request.expiresAt, i18n.language) })} ·{' '}
        {request.anonymous ? t('work.feedback.anonymousYes') : t('work.feedback.anonymousNo')} ·{' '}
        {t('work.feedback.respondedOf', { responded: request.responded, invited: request.invited })}
      </p>
      {request.averageScore === null ? (
        <p>{request.anonymous ? t('work.feedback.averageHidden', { count: MIN_ANONYMOUS_RESPONSES }) : t('work.feedback.noResponses')}</p>
      ) : (
        <p>
          {t('work.feedback.average')}: <strong>{formatNumber(request.averageScore, i18n.language, { maximumFractionDigits: 1 })}</strong> / 5
        </p>
      )}
      {request.responses.length > 0 && (
        <ul>
          {request.responses.map((response, index) => (
            <li key={index}>
              {response.score}/5 · {t(`work.feedback.relations.${response.relation}`)}
              {response.raterName && ` · ${response.raterName}`}
              {response.comment && ` — ${response.comment}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
