import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { Field, FormErrors } from '../admin/Field';
import { MyMenteesQuery, RecordEvaluationMutation, type Placement } from '../admin/recruitment/queries';

const MENTEES_CONTEXT = { additionalTypenames: ['MentorEvaluation'] };
const ASPECTS = ['discipline', 'skill', 'teamwork'] as const;

/** The interns the viewer mentors, with their evaluations and a form for the next one. */
export function MenteesPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.mentees.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyMenteesQuery, context: MENTEES_CONTEXT });
  const mentees = data?.myMentees ?? [];
  return (
    <section aria-labelledby="mentees-title">
      <h1 id="mentees-title">{t('team.mentees.title')}</h1>
      <p className="lead">{t('team.mentees.lead')}</p>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && mentees.length === 0 && <Empty>{t('team.mentees.none')}</Empty>}
      {mentees.map((placement) => (
        <Mentee key={placement.id} placement={placement} />
      ))}
    </section>
  );
}

function Mentee({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const { formatDay, formatDate } = useFormat();
  const headingId = `mentee-${placement.id}`;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{placement.internName}</h2>
      <p className="muted">
        {placement.studyProgramme}, {placement.university.name} · {placement.unit.name} · {formatDay(placement.startsOn)} – {formatDay(placement.endsOn)}
      </p>
      {placement.evaluations.length === 0 ? (
        <p>{t('team.mentees.noEvaluations')}</p>
      ) : (
        <ul>
          {placement.evaluations.map((evaluation) => (
            <li key={evaluation.id}>
              {formatDate(evaluation.createdAt)}: {t('team.mentees.scores', evaluation)} — {evaluation.comment}
            </li>
          ))}
        </ul>
      )}
      <EvaluationForm placementId={placement.id} />
    </article>
  );
}

/** A mentor's evaluation: discipline, skill and teamwork 1–5, and a comment. */
export function EvaluationForm({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const [{ fetching, error }, record] = useMutation(RecordEvaluationMutation);
  const [saved, setSaved] = useState(false);
  const errors = errorsForForm(error, [...ASPECTS, 'comment'], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const grade = (name: string) => Number(form.get(name) ?? 0);
    setSaved(false);
    const result = await record(
      { input: { placementId, discipline: grade('discipline'), skill: grade('skill'), teamwork: grade('teamwork'), comment: String(form.get('comment') ?? '').trim() } },
      MENTEES_CONTEXT,
    );
    if (result.data?.recordMentorEvaluation) {
      setSaved(true);
      formElement.reset();
    }
  };
  return (
    <form className="form" aria-label={t('team.mentees.evaluate')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={errors.form} />
      <div className="form form--inline">
        {ASPECTS.map((aspect) => (
          <Field key={aspect} id={`${aspect}-${placementId}`} label={t(`team.mentees.${aspect}`)} error={errors.fields[aspect]}>
            {(control) => (
              <select {...control} name={aspect} defaultValue="3">
                {[1, 2, 3, 4, 5].map((grade) => (
                  <option key={grade} value={grade}>
                    {grade}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <Field id={`comment-${placementId}`} label={t('team.mentees.comment')} error={errors.fields.comment}>
        {(control) => <textarea {...control} name="comment" rows={2} required />}
      </Field>
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('team.mentees.evaluate')}
      </button>
      {saved && <p role="status">{t('team.mentees.saved')}</p>}
    </form>
  );
}
