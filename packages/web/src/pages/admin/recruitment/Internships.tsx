import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { EmployeesQuery } from '../employees/queries';
import { Field, FormErrors } from '../Field';
import { AgencyUnitsQuery } from '../queries';
import { CreatePlacementMutation, CreateUniversityMutation, PlacementsQuery } from './queries';
import { SETUP_CONTEXT } from './RecruitmentSetup';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** An ADMIN adds a partner university to the region. */
export function UniversityForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [{ fetching, error }, create] = useMutation(CreateUniversityMutation);
  const errors = errorsForForm(error, ['name', 'city'], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await create({ input: { regionId, name: text(form, 'name'), city: text(form, 'city') } }, SETUP_CONTEXT);
    if (result.data?.createPartnerUniversity) formElement.reset();
  };
  return (
    <form className="form form--inline" aria-label={t('recruitment.interns.university.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={errors.form} />
      <Field id="university-name" label={t('recruitment.interns.university.name')} error={errors.fields.name}>
        {(control) => <input {...control} name="name" required />}
      </Field>
      <Field id="university-city" label={t('recruitment.interns.university.city')} error={errors.fields.city}>
        {(control) => <input {...control} name="city" required />}
      </Field>
      <button type="submit" className="button" disabled={fetching}>
        {t('recruitment.interns.university.submit')}
      </button>
    </form>
  );
}

/** The agency's administrator places an intern from a partner university in a unit, with a mentor of the agency. */
export function PlacementForm({ agencyId, universities }: { agencyId: string; universities: Array<{ id: string; name: string; city: string }> }) {
  const { t } = useTranslation();
  const unitsVariables = useMemo(() => ({ id: agencyId }), [agencyId]);
  const [{ data: unitsData }] = useQuery({ query: AgencyUnitsQuery, variables: unitsVariables });
  const [search, setSearch] = useState('');
  const employeesVariables = useMemo(() => ({ agencyId, search: search.trim() || null, after: null }), [agencyId, search]);
  const [{ data: employeesData }] = useQuery({ query: EmployeesQuery, variables: employeesVariables });
  const [{ fetching, error }, create] = useMutation(CreatePlacementMutation);
  const textFields = ['internName', 'internEmail', 'studyProgramme'] as const;
  const errors = errorsForForm(error, ['universityId', 'unitId', 'mentorId', 'startsOn', 'endsOn', ...textFields], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      universityId: text(form, 'universityId'),
      unitId: text(form, 'unitId'),
      mentorId: text(form, 'mentorId'),
      internName: text(form, 'internName'),
      internEmail: text(form, 'internEmail'),
      studyProgramme: text(form, 'studyProgramme'),
      startsOn: text(form, 'startsOn'),
      endsOn: text(form, 'endsOn'),
    };
    const result = await create({ input }, SETUP_CONTEXT);
    if (result.data?.createInternPlacement) formElement.reset();
  };
  return (
    <form className="form" aria-label={t('recruitment.interns.placement.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('recruitment.interns.placement.title')}</h3>
      <FormErrors messages={errors.form} />
      <Field id="placement-universityId" label={t('recruitment.interns.placement.universityId')} error={errors.fields.universityId}>
        {(control) => (
          <select {...control} name="universityId">
            {universities.map((university) => (
              <option key={university.id} value={university.id}>
                {university.name}, {university.city}
              </option>
            ))}
          </select>
        )}
      </Field>
      {textFields.map((name) => (
        <Field key={name} id={`placement-${name}`} label={t(`recruitment.interns.placement.${name}`)} error={errors.fields[name]}>
          {(control) => <input {...control} name={name} type={name === 'internEmail' ? 'email' : 'text'} required />}
        </Field>
      ))}
      <Field id="placement-unitId" label={t('recruitment.interns.placement.unitId')} error={errors.fields.unitId}>
        {(control) => (
          <select {...control} name="unitId">
            {nodes(unitsData?.agency?.units).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="placement-mentorSearch" label={t('recruitment.interns.placement.mentorSearch')}>
        {(control) => <input {...control} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field id="placement-mentorId" label={t('recruitment.interns.placement.mentorId')} error={errors.fields.mentorId}>
        {(control) => (
          <select {...control} name="mentorId">
            {nodes(employeesData?.employees).map((employee) => (
              <option key={employee.id} value={employee.id}>
                {employee.name} — {employee.positionTitle}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(['startsOn', 'endsOn'] as const).map((name) => (
        <Field key={name} id={`placement-${name}`} label={t(`recruitment.interns.placement.${name}`)} error={errors.fields[name]}>
          {(control) => <input {...control} name={name} type="date" required />}
        </Field>
      ))}
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('recruitment.interns.placement.submit')}
      </button>
    </form>
  );
}

/** The agency's placements with their mentor and the evaluations so far. */
export function PlacementList({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const variables = useMemo(() => ({ agencyId }), [agencyId]);
  const [{ data }] = useQuery({ query: PlacementsQuery, variables, context: SETUP_CONTEXT });
  const placements = nodes(data?.internPlacements);
  if (placements.length === 0) return <Empty>{t('recruitment.interns.none')}</Empty>;
  return (
    <div className="table-scroll">
      <table className="metrics-table">
        <thead>
          <tr>
            <th scope="col">{t('recruitment.interns.placement.internName')}</th>
            <th scope="col">{t('recruitment.interns.placement.universityId')}</th>
            <th scope="col">{t('recruitment.interns.placement.unitId')}</th>
            <th scope="col">{t('recruitment.interns.placement.mentorId')}</th>
            <th scope="col">{t('recruitment.interns.period')}</th>
            <th scope="col">{t('recruitment.interns.evaluations')}</th>
          </tr>
        </thead>
        <tbody>
          {placements.map((placement) => (
            <tr key={placement.id}>
              <th scope="row">
                {placement.internName} ({placement.studyProgramme})
              </th>
              <td>{placement.university.name}</td>
              <td>{placement.unit.name}</td>
              <td>{placement.mentor.name}</td>
              <td>
                {formatDay(placement.startsOn)} – {formatDay(placement.endsOn)}
              </td>
              <td>{placement.evaluations.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
