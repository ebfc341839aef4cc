import { COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, COMPLAINT_TRANSITIONS, type ComplaintSeverity, type ComplaintStatus } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes, type Role } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { HandledComplaintsQuery, MoveComplaintMutation, type HandledComplaint, type MoveComplaintInput } from '../../complaints/queries';
import { useAdminViewer } from '../AdminLayout';
import { Field, FormErrors } from '../Field';
import { ListStatus } from '../ListStatus';
import { Pager, useCursorPages } from '../Pager';
import type { RegionOption } from '../queries';
import { DeskAgencyRegionQuery, DeskRegionQuery, DeskRegionsQuery } from './queries';
import { WbsHandlerForm } from './WbsHandlerForm';

/** A status a complaint can be moved to. */
type Step = Exclude<ComplaintStatus, 'SUBMITTED'>;

/**
 * Who may take a complaint to a status (the server's rule in schema/complaint.ts): a WBS report's
 * designated handlers (the only ones who see it); otherwise ADMIN, or the agency's AGENCY_ADMIN
 * for the answer or a postponement.
 */
export function nextSteps(complaint: Pick<HandledComplaint, 'type' | 'status'>, role: Role): Step[] {
  // No transition leads back to SUBMITTED.
  return (COMPLAINT_TRANSITIONS[complaint.status] as readonly Step[]).filter(
    (to) => complaint.type === 'WBS' || role === 'ADMIN' || (role === 'AGENCY_ADMIN' && (to === 'ANSWERED' || to === 'POSTPONED')),
  );
}

/** `/admin/pengaduan`: the complaints a handler may see, with their deadlines and next steps. */
export function ComplaintsDeskPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.desk.title'));
  const viewer = useAdminViewer();
  const [params, setParams] = useSearchParams();
  const isAdmin = viewer.role === 'ADMIN';
  const [regionList] = useQuery({ query: DeskRegionsQuery, pause: !isAdmin });
  const regions = nodes(regionList.data?.regions);
  // An ADMIN picks the region (kept in the URL); an AGENCY_ADMIN works in their agency's.
  const pickedId = isAdmin ? (params.get('wilayah') ?? regions[0]?.id ?? null) : null;
  const [picked] = useQuery({ query: DeskRegionQuery, variables: { id: pickedId ?? '' }, pause: pickedId === null });
  const [own] = useQuery({ query: DeskAgencyRegionQuery, variables: { id: viewer.agency?.id ?? '' }, pause: isAdmin || !viewer.agency });
  const regionResult = isAdmin ? picked : own;
  const region = isAdmin ? picked.data?.region : own.data?.agency?.region;
  const failure = regionList.error ?? regionResult.error;
  const setParam = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === '') next.delete(key);
      else next.set(key, value);
      return next;
    });

  return (
    <section aria-labelledby="desk-title">
      <h1 id="desk-title">{t('complaints.desk.title')}</h1>
      <p className="muted">{t('complaints.desk.intro')}</p>
      {isAdmin && (
        <div className="field field--inline">
          <label htmlFor="desk-region">{t('complaints.desk.region')}</label>
          <select id="desk-region" value={pickedId ?? ''} onChange={(event) => setParam('wilayah', event.target.value)}>
            {regions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {failure ? (
        <ErrorMessage error={failure} />
      ) : region ? (
        <ComplaintList key={region.id} region={region} role={viewer.role} />
      ) : regionList.fetching || regionResult.fetching ? (
        <Loading />
      ) : (
        <Empty>{t('complaints.desk.noRegion')}</Empty>
      )}
      {isAdmin && region && <WbsHandlerForm region={region} />}
    </section>
  );
}

function ComplaintList({ region, role }: { region: RegionOption; role: Role }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const [params, setParams] = useSearchParams();
  const status = (COMPLAINT_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ComplaintStatus) : null;
  const overdueOnly = params.get('lewat') === '1';
  const selectedId = params.get('aduan');
  const pages = useCursorPages();
  const [result, refetch] = useQuery({ query: HandledComplaintsQuery, variables: { regionId: region.id, status, after: pages.after } });
  const all = nodes(result.data?.complaints);
  // The API filters by status; "late" (past either deadline) is a filter on the page shown.
  const shown = overdueOnly ? all.filter((complaint) => complaint.overdue || complaint.verificationOverdue) : all;
  const selected = all.find((complaint) => complaint.id === selectedId);
  const setParam = (key: string, value: string | null) => {
    if (key !== 'aduan') pages.reset();
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });
  };

  return (
    <>
      <div className="filters">
        <div className="field field--inline">
          <label htmlFor="desk-status">{t('complaints.desk.status')}</label>
          <select id="desk-status" value={status ?? ''} onChange={(event) => setParam('status', event.target.value || null)}>
            <option value="">{t('complaints.desk.anyStatus')}</option>
            {COMPLAINT_STATUSES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`complaints.statuses.${candidate}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setParam('lewat', event.target.checked ? '1' : null)} /> {t('complaints.desk.overdueOnly')}
        </label>
      </div>
      <p className="muted" role="status">
        {t('complaints.desk.count', { count: result.data?.complaints.totalCount ?? 0 })}
      </p>
      <ListStatus result={result} count={shown.length} empty={t('complaints.desk.empty')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('complaints.desk.caption', { region: region.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('complaints.fields.trackingCode')}</th>
              <th scope="col">{t('complaints.fields.title')}</th>
              <th scope="col">{t('complaints.fields.type')}</th>
              <th scope="col">{t('complaints.fields.status')}</th>
              <th scope="col">{t('complaints.fields.dueDate')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((complaint) => (
              <tr key={complaint.id} aria-current={complaint.id === selectedId || undefined}>
                <td>
                  <button type="button" className="button" onClick={() => setParam('aduan', complaint.id)}>
                    {complaint.trackingCode}
                  </button>
                </td>
                <td>{complaint.title}</td>
                <td>{t(`complaints.types.${complaint.type}`)}</td>
                <td>{t(`complaints.statuses.${complaint.status}`)}</td>
                <td>
                  <Deadlines complaint={complaint} formatDay={formatDay} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <Pager pages={pages} pageInfo={result.data?.complaints.pageInfo} />
      </ListStatus>
      {selected && <ComplaintDetail key={selected.id} complaint={selected} region={region} role={role} onClose={() => setParam('aduan', null)} />}
    </>
  );
}

function Deadlines({ complaint, formatDay }: { complaint: HandledComplaint; formatDay: (day: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      {complaint.dueDate ? formatDay(complaint.dueDate) : complaint.verificationDueDate ? t('complaints.desk.verifyBy', { day: formatDay(complaint.verificationDueDate) }) : '—'}
      {complaint.overdue && <strong className="mark mark--late">{t('complaints.overdue')}</strong>}
      {complaint.verificationOverdue && <strong className="mark mark--late">{t('complaints.verificationOverdue')}</strong>}
    </>
  );
}

function ComplaintDetail({ complaint, region, role, onClose }: { complaint: HandledComplaint; region: RegionOption; role: Role; onClose: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime, formatDay } = useFormat();
  const steps = nextSteps(complaint, role);
  const [moved, setMoved] = useState<ComplaintStatus | null>(null);
  return (
    <section className="card" aria-labelledby="complaint-detail">
      <h2 id="complaint-detail">{t('complaints.desk.detail', { code: complaint.trackingCode })}</h2>
      <dl className="facts">
        <div>
          <dt>{t('complaints.fields.type')}</dt>
          <dd>{t(`complaints.types.${complaint.type}`)}</dd>
        </div>
        <div>
          <dt>{t('complaints.fields.status')}</dt>
          <dd>{t(`complaints.statuses.${complaint.status}`)}</dd>
        </div>
        <div>
          <dt>{t('complaints.fields.severity')}</dt>
          {/* The severity is a default until verification sets it, with the due date. */}
          <dd>{complaint.dueDate && complaint.severity ? t(`complaints.severities.${complaint.severity}`) : '—'}</dd>
        </div>
        <div>
          <dt>{t('complaints.fields.agency')}</dt>
          <dd>{complaint.agency?.name ?? t('complaints.desk.noAgency')}</dd>
        </div>
        <div>
          <dt>{t('complaints.fields.submittedAt')}</dt>
          <dd>{formatDateTime(complaint.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('complaints.fields.verificationDueDate')}</dt>
          <dd>
            {complaint.verificationDueDate ? formatDay(complaint.verificationDueDate) : '—'}
            {complaint.verificationOverdue && <strong className="mark mark--late">{t('complaints.verificationOverdue')}</strong>}
          </dd>
        </div>
        <div>
          <dt>{t('complaints.fields.dueDate')}</dt>
          <dd>
            {complaint.dueDate ? formatDay(complaint.dueDate) : '—'}
            {complaint.overdue && <strong className="mark mark--late">{t('complaints.overdue')}</strong>}
          </dd>
        </div>
      </dl>
      <h3>{complaint.title}</h3>
      <p className="answer">{complaint.body}</p>
      {complaint.answer && (
        <>
          <h3>{t('complaints.fields.answer')}</h3>
          <p className="answer">{complaint.answer}</p>
        </>
      )}
      {moved && (
        <p className="status status--ok" role="status">
          {t('complaints.desk.moved', { status: t(`complaints.statuses.${moved}`) })}
        </p>
      )}
      {/* A new status brings new steps: a fresh form for each. */}
      {steps.length > 0 ? (
        <MoveForm key={complaint.status} complaint={complaint} steps={steps} region={region} onMoved={setMoved} />
      ) : (
        <p className="muted">{t('complaints.desk.noSteps')}</p>
      )}
      <button type="button" className="button button--ghost" onClick={onClose}>
        {t('complaints.desk.close')}
      </button>
    </section>
  );
}

function MoveForm({
  complaint,
  steps,
  region,
  onMoved,
}: {
  complaint: HandledComplaint;
  steps: Step[];
  region: RegionOption;
  onMoved: (status: ComplaintStatus) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState<Step>(steps[0]!);
  const [severity, setSeverity] = useState<ComplaintSeverity | ''>('');
  const [agencyId, setAgencyId] = useState(complaint.agency?.id ?? '');
  const [answer, setAnswer] = useState(complaint.answer ?? '');
  const [checked, setChecked] = useState(false);
  const [move, submit] = useMutation(MoveComplaintMutation);
  const server = errorsForForm(move.error, ['status', 'severity', 'agencyId', 'answer'], t);
  const answerLength = answer.trim().length;
  const problems = {
    severity: to === 'VERIFIED' && severity === '' ? t('complaints.desk.problems.severity') : undefined,
    agencyId: to === 'DISPOSITIONED' && agencyId === '' ? t('complaints.desk.problems.agency') : undefined,
    answer: to === 'ANSWERED' && (answerLength < 10 || answerLength > 10_000) ? t('complaints.desk.problems.answer') : undefined,
  };
  const shown = (field: keyof typeof problems) => (checked || (field === 'answer' && answer !== '') ? problems[field] : undefined) ?? server.fields[field];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(problems).some(Boolean)) return;
    const input: MoveComplaintInput = { id: complaint.id, status: to };
    if (to === 'VERIFIED' && severity !== '') input.severity = severity;
    if (to === 'DISPOSITIONED') input.agencyId = agencyId;
    if (to === 'ANSWERED') input.answer = answer.trim();
    const result = await submit({ input });
    if (result.data) onMoved(to);
  };

  return (
    <form className="form" aria-label={t('complaints.desk.nextStep')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('complaints.desk.nextStep')}</h3>
      <FormErrors messages={[...server.form, ...(server.fields.status ? [server.fields.status] : [])]} />
      <fieldset className="choice-group">
        <legend>{t('complaints.desk.step')}</legend>
        {steps.map((step) => (
          <label className="choice" key={step}>
            <input type="radio" name="complaint-step" checked={to === step} onChange={() => setTo(step)} /> {t(`complaints.steps.${step}`)}
          </label>
        ))}
      </fieldset>
      {to === 'VERIFIED' && (
        <Field id="move-severity" label={t('complaints.fields.severity')} hint={t('complaints.desk.severityHint')} error={shown('severity')}>
          {(control) => (
            <select {...control} value={severity} onChange={(event) => setSeverity(event.target.value as ComplaintSeverity)} required>
              <option value="" disabled>
                {t('complaints.desk.chooseSeverity')}
              </option>
              {COMPLAINT_SEVERITIES.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`complaints.severities.${candidate}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {to === 'DISPOSITIONED' && (
        <Field id="move-agency" label={t('complaints.fields.agency')} error={shown('agencyId')}>
          {(control) => (
            <select {...control} value={agencyId} onChange={(event) => setAgencyId(event.target.value)} required>
              <option value="" disabled>
                {t('complaints.desk.chooseAgency')}
              </option>
              {nodes(region.agencies).map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {to === 'ANSWERED' && (
        <Field id="move-answer" label={t('complaints.fields.answer')} hint={t('complaints.desk.answerHint')} error={shown('answer')}>
          {(control) => <textarea {...control} rows={6} value={answer} onChange={(event) => setAnswer(event.target.value)} required />}
        </Field>
      )}
      <button type="submit" className="button button--primary" disabled={move.fetching}>
        {t('complaints.desk.save')}
      </button>
    </form>
  );
}
