import { DEFAULT_SKD_THRESHOLDS, DEFAULT_STAGE_WEIGHTS, EDUCATION_LEVELS } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../../graphql/errors';
import type { EducationLevel } from '../../recruitment/queries';
import { Field, FormErrors } from '../Field';
import { CreateOpeningMutation, CreateRoundMutation, type RoundOption } from './queries';

/** Rounds and openings are listed publicly; refetch those lists after creating one. */
export const SETUP_CONTEXT = { additionalTypenames: ['RecruitmentRound', 'JobOpening', 'PartnerUniversity', 'InternPlacement', 'MentorEvaluation'] };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
/** A whole number typed in a field; NaN (refused by the server, naming the field) when it is not one. */
const integer = (form: FormData, name: string) => (/^\d+$/.test(text(form, name)) ? Number(text(form, name)) : Number.NaN);

/** An ADMIN opens a recruitment round in the region, with the SKD thresholds and stage weights (national defaults filled in). */
export function RoundForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [{ fetching, error }, create] = useMutation(CreateRoundMutation);
  const [created, setCreated] = useState<string | null>(null);
  const fields = ['name', 'year', 'registrationOpens', 'registrationCloses', 'objectionDays', 'twkThreshold', 'tiuThreshold', 'tkpThreshold', 'skdWeight', 'interviewWeight'] as const;
  const errors = errorsForForm(error, fields, t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      regionId,
      name: text(form, 'name'),
      year: integer(form, 'year'),
      registrationOpens: text(form, 'registrationOpens'),
      registrationCloses: text(form, 'registrationCloses'),
      objectionDays: integer(form, 'objectionDays'),
      twkThreshold: integer(form, 'twkThreshold'),
      tiuThreshold: integer(form, 'tiuThreshold'),
      tkpThreshold: integer(form, 'tkpThreshold'),
      skdWeight: integer(form, 'skdWeight'),
      interviewWeight: integer(form, 'interviewWeight'),
    };
    setCreated(null);
    const result = await create({ input }, SETUP_CONTEXT);
    const round = result.data?.createRecruitmentRound;
    if (round) {
      setCreated(round.name);
      formElement.reset();
    }
  };
  const defaults: Record<(typeof fields)[number], string | number | undefined> = {
    name: undefined,
    year: new Date().getFullYear(),
    registrationOpens: undefined,
    registrationCloses: undefined,
    objectionDays: 3,
    twkThreshold: DEFAULT_SKD_THRESHOLDS.twk,
    tiuThreshold: DEFAULT_SKD_THRESHOLDS.tiu,
    tkpThreshold: DEFAULT_SKD_THRESHOLDS.tkp,
    skdWeight: DEFAULT_STAGE_WEIGHTS.skd,
    interviewWeight: DEFAULT_STAGE_WEIGHTS.interview,
  };
  return (
    <form className="form" aria-label={t('recruitment.setup.round.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('recruitment.setup.round.title')}</h3>
      <FormErrors messages={errors.form} />
      {fields.map((name) => (
        <Field key={name} id={`round-${name}`} label={t(`recruitment.setup.round.${name}`)} error={errors.fields[name]}>
          {(control) => (
            <input
              {...control}
              name={name}
              type={name.startsWith('registration') ? 'date' : 'text'}
              inputMode={name === 'name' || name.startsWith('registration') ? undefined : 'numeric'}
              defaultValue={defaults[name]}
              required
            />
          )}
        </Field>
      ))}
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('recruitment.setup.round.submit')}
      </button>
      {created && <p role="status">{t('recruitment.setup.round.created', { name: created })}</p>}
    </form>
  );
}

/** The agency's administrator publishes an opening (formasi) in a round of the region. */
export function OpeningForm({ agencyId, rounds }: { agencyId: string; rounds: RoundOption[] }) {
  const { t } = useTranslation();
  const [{ fetching, error }, create] = useMutation(CreateOpeningMutation);
  const [created, setCreated] = useState<string | null>(null);
  const textFields = ['positionTitle', 'rankGrade', 'positions', 'majors', 'minAge', 'maxAge'] as const;
  const dateFields = ['adminCheckOn', 'writtenTestOn', 'interviewOn', 'announcementOn'] as const;
  const errors = errorsForForm(error, ['roundId', 'employmentStatus', 'educationLevel', 'description', ...textFields, ...dateFields], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      roundId: text(form, 'roundId'),
      agencyId,
      positionTitle: text(form, 'positionTitle'),
      rankGrade: text(form, 'rankGrade'),
      employmentStatus: text(form, 'employmentStatus') as 'PNS' | 'PPPK',
      positions: integer(form, 'positions'),
      educationLevel: text(form, 'educationLevel') as EducationLevel,
      // One major a line or separated by commas; none means any major.
      majors: text(form, 'majors')
        .split(/[\n,]/)
        .map((major) => major.trim())
        .filter(Boolean),
      minAge: integer(form, 'minAge'),
      maxAge: integer(form, 'maxAge'),
      description: text(form, 'description'),
      adminCheckOn: text(form, 'adminCheckOn'),
      writtenTestOn: text(form, 'writtenTestOn'),
      interviewOn: text(form, 'interviewOn'),
      announcementOn: text(form, 'announcementOn'),
    };
    setCreated(null);
    const result = await create({ input }, SETUP_CONTEXT);
    const opening = result.data?.createJobOpening;
    if (opening) {
      setCreated(opening.positionTitle);
      formElement.reset();
    }
  };
  return (
    <form className="form" aria-label={t('recruitment.setup.opening.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('recruitment.setup.opening.title')}</h3>
      <FormErrors messages={errors.form} />
      <Field id="opening-roundId" label={t('recruitment.setup.opening.roundId')} error={errors.fields.roundId}>
        {(control) => (
          <select {...control} name="roundId">
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.name} ({round.registrationOpens} – {round.registrationCloses})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="opening-employmentStatus" label={t('recruitment.setup.opening.employmentStatus')} error={errors.fields.employmentStatus}>
        {(control) => (
          <select {...control} name="employmentStatus">
            {(['PNS', 'PPPK'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`recruitment.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="opening-educationLevel" label={t('recruitment.setup.opening.educationLevel')} error={errors.fields.educationLevel}>
        {(control) => (
          <select {...control} name="educationLevel" defaultValue="S1">
            {EDUCATION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`recruitment.education.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {textFields.map((name) => (
        <Field key={name} id={`opening-${name}`} label={t(`recruitment.setup.opening.${name}`)} hint={name === 'majors' ? t('recruitment.setup.opening.majorsHint') : undefined} error={errors.fields[name]}>
          {(control) =>
            name === 'majors' ? (
              <textarea {...control} name={name} rows={2} />
            ) : (
              <input {...control} name={name} inputMode={['positions', 'minAge', 'maxAge'].includes(name) ? 'numeric' : undefined} defaultValue={{ minAge: 18, maxAge: 35 }[name as string]} required />
            )
          }
        </Field>
      ))}
      <Field id="opening-description" label={t('recruitment.setup.opening.description')} error={errors.fields.description}>
        {(control) => <textarea {...control} name="description" rows={3} required />}
      </Field>
      {dateFields.map((name) => (
        <Field key={name} id={`opening-${name}`} label={t(`recruitment.setup.opening.${name}`)} error={errors.fields[name]}>
          {(control) => <input {...control} name={name} type="date" required />}
        </Field>
      ))}
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('recruitment.setup.opening.submit')}
      </button>
      {created && <p role="status">{t('recruitment.setup.opening.created', { title: created })}</p>}
    </form>
  );
}
