import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { FormErrors } from '../admin/Field';
import { recruitmentMessages } from './errors';
import { CompleteItemMutation, OrientationQuery, type OrientationItem } from './queries';

/** A new hire's orientation checklist; the soft-skills item is ticked once its training is completed. */
export function OrientationPage() {
  const { t } = useTranslation();
  usePageTitle(t('recruitment.orientation.title'));
  const [{ data, fetching, error }] = useQuery({ query: OrientationQuery });
  const items = data?.myOrientation ?? [];
  const done = items.filter((item) => item.completedAt).length;
  return (
    <section className="narrow" aria-labelledby="orientation-title">
      <h1 id="orientation-title">{t('recruitment.orientation.title')}</h1>
      {error && <ErrorMessage error={error} />}
      {fetching && !data && <Loading />}
      {data && items.length === 0 && <Empty>{t('recruitment.orientation.none')}</Empty>}
      {items.length > 0 && (
        <>
          <p className="lead">{t('recruitment.orientation.progress', { done, total: items.length })}</p>
          <ol className="checklist">
            {items.map((item) => (
              <ChecklistItem key={item.id} item={item} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ChecklistItem({ item }: { item: OrientationItem }) {
  const { t } = useTranslation();
  const { formatDateTime, formatDay } = useFormat();
  const [{ fetching, error }, complete] = useMutation(CompleteItemMutation);
  const errors = errorsForForm(error, [], t, recruitmentMessages(t, 'orientation'));
  return (
    <li>
      <p>
        <strong>{item.title}</strong>
        {item.enrolment && ` — ${t('recruitment.orientation.training', { start: formatDay(item.enrolment.programme.startDate), status: t(`recruitment.orientation.enrolment.${item.enrolment.status}`) })}`}
      </p>
      {item.completedAt ? (
        <p className="muted">{t('recruitment.orientation.doneAt', { at: formatDateTime(item.completedAt) })}</p>
      ) : (
        <button type="button" className="button" disabled={fetching} onClick={() => void complete({ itemId: item.id })}>
          {t('recruitment.orientation.markDone')}
        </button>
      )}
      <FormErrors messages={errors.form} />
    </li>
  );
}
