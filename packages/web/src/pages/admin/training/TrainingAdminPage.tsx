import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { useAdminViewer } from '../AdminLayout';
import { AgencyScopedPage } from '../AgencyPicker';
import { useCheckedForm } from '../catalogue/useCheckedForm';
import { Field, FormActions, FormErrors } from '../Field';
import { ListStatus } from '../ListStatus';
import { CompetencyChoice } from './CompetencyChoice';
import {
  AgencyProgrammesQuery,
  AnnualTrainingTargetQuery,
  CompetenciesQuery,
  CreateCompetencyMutation,
  CreateProgrammeMutation,
  PositionRequirementsQuery,
  SetAnnualTrainingTargetMutation,
  SetPositionCompetenciesMutation,
  type Competency,
  type CompetencyKind,
  type CoreValue,
  type PositionRequirement,
  type TrainingDelivery,
} from './queries';
import { competencyChoiceProblem, competencyProblems, positionProblems, targetProblems, programmeProblems, type CompetencyValues, type ProgrammeValues, type TrainingProblem } from './validation';

const DELIVERIES: TrainingDelivery[] = ['INTERNAL', 'EXTERNAL'];
const KINDS: CompetencyKind[] = ['TECHNICAL', 'MANAGERIAL', 'SOCIOCULTURAL'];
const CORE_VALUES: CoreValue[] = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

/**
 * `/admin/pelatihan`: an agency's training programmes and the competencies its positions require;
 * for ADMIN also the competency dictionary and the annual training target.
 */
export function TrainingAdminPage() {
  const { t } = useTranslation();
  const viewer = useAdminViewer();
  usePageTitle(t('trainingAdmin.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetenciesQuery });
  const reloadCompetencies = () => refetch({ requestPolicy: 'network-only' });
  const competencies = data?.competencies ?? [];
  return (
    <>
      <AgencyScopedPage id="training-admin-title" title={t('trainingAdmin.title')}>
        {(agencyId) =>
          error && !data ? (
            <ErrorMessage error={error} onRetry={reloadCompetencies} />
          ) : fetching && !data ? (
            <Loading />
          ) : (
            <div key={agencyId}>
              <Programmes agencyId={agencyId} competencies={competencies} />
              <PositionRequirements agencyId={agencyId} competencies={competencies} />
            </div>
          )
        }
      </AgencyScopedPage>
      {viewer.role === 'ADMIN' && (
        <>
          <Dictionary competencies={competencies} onCreated={reloadCompetencies} />
          <AnnualTarget />
        </>
      )}
    </>
  );
}

function Programmes({ agencyId, competencies }: { agencyId: string; competencies: Competency[] }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const [result, refetch] = useQuery({ query: AgencyProgrammesQuery, variables: { agencyId } });
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const programmes = nodes(result.data?.trainingProgrammes);
  return (
    <section aria-labelledby="programmes-title">
      <h2 id="programmes-title">{t('trainingAdmin.programmes.title')}</h2>
      <div aria-live="polite">{saved && <p className="status status--ok">{saved}</p>}</div>
      <ListStatus result={result} count={programmes.length} empty={t('trainingAdmin.programmes.none')} onRetry={reload}>
        <div className="table-scroll">
          <table>
            <caption>{t('trainingAdmin.programmes.caption')}</caption>
            <thead>
              <tr>
                {(['title', 'delivery', 'hours', 'dates', 'competencies', 'enrolled'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`trainingAdmin.programmes.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <th scope="row">
                    {programme.title}
                    <span className="field__hint"> {programme.provider}</span>
                  </th>
                  <td>{t(`work.training.deliveries.${programme.delivery}`)}</td>
                  <td>{t('work.training.jp', { hours: programme.hours })}</td>
                  <td>
                    {formatDay(programme.startDate)} – {formatDay(programme.endDate)}
                  </td>
                  <td>{programme.competencies.map((competency) => competency.name).join(', ')}</td>
                  <td>{programme.enrolled}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListStatus>
      {adding ? (
        <ProgrammeForm
          agencyId={agencyId}
          competencies={competencies}
          onDone={(title) => {
            setAdding(false);
            setSaved(t('trainingAdmin.programmes.created', { title }));
            reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button--primary" onClick={() => { setSaved(null); setAdding(true); }}>
          {t('trainingAdmin.programmes.add')}
        </button>
      )}
    </section>
  );
}

const PROGRAMME_FIELDS = ['title', 'delivery', 'provider', 'hours', 'startDate', 'endDate'] as const;

function ProgrammeForm({ agencyId, competencies, onDone, onCancel }: { agencyId: string; competencies: Competency[]; onDone: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateProgrammeMutation);
  const server = errorsForForm(state.error, [...PROGRAMME_FIELDS, 'competencyIds'], t);
  const describe = (problem: TrainingProblem) => t(`trainingAdmin.problems.${problem}`);
  const form = useCheckedForm<ProgrammeValues, TrainingProblem>({ title: '', delivery: 'INTERNAL', provider: '', hours: '', startDate: '', endDate: '' }, programmeProblems, server.fields, describe);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const choiceProblem = competencyChoiceProblem(chosen.size, 1, 20);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(PROGRAMME_FIELDS);
    setAttempted(true);
    if (Object.keys(form.problems).length > 0 || choiceProblem) return;
    const { values } = form;
    const result = await create({
      input: { agencyId, title: values.title.trim(), delivery: values.delivery as TrainingDelivery, provider: values.provider.trim(), hours: Number(values.hours), startDate: values.startDate, endDate: values.endDate, competencyIds: [...chosen] },
    });
    if (result.data) onDone(result.data.createTrainingProgramme.title);
  };
  const id = (field: string) => `programme-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="programme-form-title">
      <h3 id="programme-form-title">{t('trainingAdmin.programmes.createTitle')}</h3>
      <FormErrors messages={server.form} />
      <Field id={id('title')} label={t('trainingAdmin.programmes.programmeTitle')} error={form.errorFor('title')}>
        {(props) => <input {...props} {...form.control('title')} autoComplete="off" />}
      </Field>
      <div className="form__row">
        <Field id={id('delivery')} label={t('trainingAdmin.programmes.delivery')} error={form.errorFor('delivery')}>
          {(props) => (
            <select {...props} {...form.control('delivery')}>
              {DELIVERIES.map((delivery) => (
                <option key={delivery} value={delivery}>
                  {t(`work.training.deliveries.${delivery}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('provider')} label={t('trainingAdmin.programmes.provider')} error={form.errorFor('provider')}>
          {(props) => <input {...props} {...form.control('provider')} autoComplete="off" />}
        </Field>
        <Field id={id('hours')} label={t('trainingAdmin.programmes.hours')} hint={t('trainingAdmin.hoursHint')} error={form.errorFor('hours')}>
          {(props) => <input {...props} {...form.control('hours')} inputMode="numeric" autoComplete="off" />}
        </Field>
      </div>
      <div className="form__row">
        <Field id={id('startDate')} label={t('trainingAdmin.programmes.startDate')} error={form.errorFor('startDate')}>
          {(props) => <input {...props} {...form.control('startDate')} type="date" />}
        </Field>
        <Field id={id('endDate')} label={t('trainingAdmin.programmes.endDate')} error={form.errorFor('endDate')}>
          {(props) => <input {...props} {...form.control('endDate')} type="date" min={form.values.startDate || undefined} />}
        </Field>
      </div>
      <CompetencyChoice
        id={id('competencies')}
        legend={t('trainingAdmin.programmes.competencies')}
        competencies={competencies}
        selected={chosen}
        onChange={setChosen}
        error={attempted && choiceProblem ? describe(choiceProblem) : server.fields.competencyIds}
      />
      <FormActions busy={state.fetching} submitLabel={t('trainingAdmin.programmes.save')} onCancel={onCancel} />
    </form>
  );
}

/** The competencies each position title requires in the agency, and a form that replaces one's list. */
function PositionRequirements({ agencyId, competencies }: { agencyId: string; competencies: Competency[] }) {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: PositionRequirementsQuery, variables: { id: agencyId } });
  const [editing, setEditing] = useState<PositionRequirement>({ positionTitle: '', competencies: [] });
  const [version, setVersion] = useState(0);
  const requirements = result.data?.agency?.positionRequirements ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section aria-labelledby="requirements-title">
      <h2 id="requirements-title">{t('trainingAdmin.requirements.title')}</h2>
      <p className="muted">{t('trainingAdmin.requirements.intro')}</p>
      <ListStatus result={result} count={requirements.length} empty={t('trainingAdmin.requirements.none')} onRetry={reload}>
        <ul className="list">
          {requirements.map((requirement) => (
            <li key={requirement.positionTitle}>
              <strong>{requirement.positionTitle}</strong>: {requirement.competencies.map((competency) => competency.name).join(', ')}{' '}
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setEditing(requirement);
                  setVersion((current) => current + 1);
                }}
                aria-label={`${t('admin.edit')}: ${requirement.positionTitle}`}
              >
                {t('admin.edit')}
              </button>
            </li>
          ))}
        </ul>
      </ListStatus>
      <RequirementForm key={version} agencyId={agencyId} competencies={competencies} initial={editing} onSaved={reload} />
    </section>
  );
}

function RequirementForm({ agencyId, competencies, initial, onSaved }: { agencyId: string; competencies: Competency[]; initial: PositionRequirement; onSaved: () => void }) {
  const { t } = useTranslation();
  const [state, save] = useMutation(SetPositionCompetenciesMutation);
  const server = errorsForForm(state.error, ['positionTitle', 'competencyIds'], t);
  const describe = (problem: TrainingProblem) => t(`trainingAdmin.problems.${problem}`);
  const form = useCheckedForm<{ positionTitle: string }, TrainingProblem>({ positionTitle: initial.positionTitle }, positionProblems, server.fields, describe);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initial.competencies.map((competency) => competency.id)));
  const [saved, setSaved] = useState<{ positionTitle: string; competencies: Competency[] } | null>(null);
  const choiceProblem = competencyChoiceProblem(chosen.size, 0, 50);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(['positionTitle']);
    setSaved(null);
    if (Object.keys(form.problems).length > 0 || choiceProblem) return;
    const positionTitle = form.values.positionTitle.trim();
    const result = await save({ input: { agencyId, positionTitle, competencyIds: [...chosen] } });
    if (result.data) {
      setSaved({ positionTitle, competencies: result.data.setPositionCompetencies });
      onSaved();
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="requirements-form-title">
      <h3 id="requirements-form-title">{t('trainingAdmin.requirements.formTitle')}</h3>
      <FormErrors messages={server.form} />
      <Field id="requirements-position" label={t('trainingAdmin.requirements.positionTitle')} hint={t('trainingAdmin.requirements.positionHint')} error={form.errorFor('positionTitle')}>
        {(props) => <input {...props} {...form.control('positionTitle')} autoComplete="off" />}
      </Field>
      <CompetencyChoice
        id="requirements-competencies"
        legend={t('trainingAdmin.requirements.competencies')}
        competencies={competencies}
        selected={chosen}
        onChange={setChosen}
        error={choiceProblem ? describe(choiceProblem) : server.fields.competencyIds}
      />
      <div aria-live="polite">
        {saved && (
          <p className="status status--ok" role="status">
            {saved.competencies.length === 0
              ? t('trainingAdmin.requirements.cleared', { position: saved.positionTitle })
              : t('trainingAdmin.requirements.saved', { position: saved.positionTitle, competencies: saved.competencies.map((competency) => competency.name).join(', ') })}
          </p>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('admin.saving') : t('trainingAdmin.requirements.save')}
        </button>
      </div>
    </form>
  );
}

/** ADMIN: the national competency dictionary and a new entry. */
function Dictionary({ competencies, onCreated }: { competencies: Competency[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="dictionary-title">
      <h2 id="dictionary-title">{t('trainingAdmin.dictionary.title')}</h2>
      <details>
        <summary>{t('trainingAdmin.dictionary.count', { count: competencies.length })}</summary>
        <ul>
          {competencies.map((competency) => (
            <li key={competency.id}>
              <strong>{competency.code}</strong> {competency.name} ({t(`trainingAdmin.kinds.${competency.kind}`)}
              {competency.coreValue && `, ${t(`performance.coreValues.${competency.coreValue}`)}`})
            </li>
          ))}
        </ul>
      </details>
      {adding ? (
        <CompetencyForm
          onDone={() => {
            setAdding(false);
            onCreated();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('trainingAdmin.dictionary.add')}
        </button>
      )}
    </section>
  );
}

const COMPETENCY_FIELDS = ['code', 'name', 'kind', 'coreValue'] as const;

function CompetencyForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateCompetencyMutation);
  const server = errorsForForm(state.error, COMPETENCY_FIELDS, t);
  const form = useCheckedForm<CompetencyValues, TrainingProblem>({ code: '', name: '', kind: 'TECHNICAL', coreValue: '' }, competencyProblems, server.fields, (problem) => t(`trainingAdmin.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(COMPETENCY_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const { values } = form;
    const result = await create({ input: { code: values.code.trim(), name: values.name.trim(), kind: values.kind as CompetencyKind, coreValue: (values.coreValue || null) as CoreValue | null } });
    if (result.data) onDone();
  };
  const id = (field: string) => `competency-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="competency-form-title">
      <h3 id="competency-form-title">{t('trainingAdmin.dictionary.createTitle')}</h3>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('code')} label={t('trainingAdmin.dictionary.code')} hint={t('trainingAdmin.dictionary.codeHint')} error={form.errorFor('code')}>
          {(props) => <input {...props} {...form.control('code')} autoComplete="off" />}
        </Field>
        <Field id={id('name')} label={t('trainingAdmin.dictionary.name')} error={form.errorFor('name')}>
          {(props) => <input {...props} {...form.control('name')} autoComplete="off" />}
        </Field>
      </div>
      <div className="form__row">
        <Field id={id('kind')} label={t('trainingAdmin.dictionary.kind')} error={form.errorFor('kind')}>
          {(props) => (
            <select {...props} {...form.control('kind')}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`trainingAdmin.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('coreValue')} label={t('trainingAdmin.dictionary.coreValue')} error={form.errorFor('coreValue')}>
          {(props) => (
            <select {...props} {...form.control('coreValue')}>
              <option value="">{t('trainingAdmin.dictionary.noCoreValue')}</option>
              {CORE_VALUES.map((value) => (
                <option key={value} value={value}>
                  {t(`performance.coreValues.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormActions busy={state.fetching} submitLabel={t('trainingAdmin.dictionary.save')} onCancel={onCancel} />
    </form>
  );
}

/** ADMIN: the annual training target in lesson hours (JP) per person. */
function AnnualTarget() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: AnnualTrainingTargetQuery });
  const [state, save] = useMutation(SetAnnualTrainingTargetMutation);
  const server = errorsForForm(state.error, ['hours'], t);
  const form = useCheckedForm<{ hours: string }, TrainingProblem>({ hours: '' }, targetProblems, server.fields, (problem) => t(`trainingAdmin.problems.${problem}`));
  const [saved, setSaved] = useState<number | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(['hours']);
    setSaved(null);
    if (Object.keys(form.problems).length > 0) return;
    const result = await save({ hours: Number(form.values.hours) });
    if (result.data) {
      setSaved(result.data.setAnnualTrainingTarget);
      form.reset();
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <section aria-labelledby="target-title">
      <h2 id="target-title">{t('trainingAdmin.target.title')}</h2>
      {data && <p>{t('trainingAdmin.target.current', { hours: data.annualTrainingTarget })}</p>}
      <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="target-title">
        <FormErrors messages={server.form} />
        <Field id="target-hours" label={t('trainingAdmin.target.hours')} hint={t('trainingAdmin.hoursHint')} error={form.errorFor('hours')}>
          {(props) => <input {...props} {...form.control('hours')} inputMode="numeric" autoComplete="off" />}
        </Field>
        <div aria-live="polite">{saved !== null && <p className="status status--ok">{t('trainingAdmin.target.saved', { hours: saved })}</p>}</div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {state.fetching ? t('admin.saving') : t('trainingAdmin.target.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
