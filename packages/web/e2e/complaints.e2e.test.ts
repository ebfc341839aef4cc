import { GraphQLTestClient } from '@pantau/server/testing';
import { describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const REGION = 'Kota Serang';
const AGENCY = 'Dinas Kependudukan dan Pencatatan Sipil';

interface Agency {
  id: string;
  name: string;
  serviceTypes: Array<{ id: string; name: string }>;
}

describe('complaints and the IKM survey against a real server', () => {
  const session = browserAgainstServer();

  /** The region, its Disdukcapil and that agency's first service, from the public API. */
  async function serang() {
    const api = new GraphQLTestClient(session.server.url);
    const regions = await api.request<{ regions: { edges: Array<{ node: { id: string; name: string } }> } }>('query { regions(first: 100) { edges { node { id name } } } }');
    const regionId = regions.data!.regions.edges.find((edge) => edge.node.name === REGION)!.node.id;
    const agencies = await api.request<{ region: { agencies: { edges: Array<{ node: Agency }> } } }>(
      'query ($id: ID!) { region(id: $id) { agencies(first: 100) { edges { node { id name serviceTypes { id name } } } } } }',
      { id: regionId },
    );
    expect(agencies.errors).toBeUndefined();
    const agency = agencies.data!.region.agencies.edges.find((edge) => edge.node.name === AGENCY)!.node;
    return { regionId, agencyId: agency.id, service: agency.serviceTypes[0]! };
  }

  it('a citizen sends a complaint and tracks it; the administrators verify, forward and answer it; the answer shows on the tracking page', async () => {
    const { regionId } = await serang();
    let page = await session.openPage(`/publik/${regionId}`);
    await page.getByRole('link', { name: id.public.actions.complaint }).click();
    await page.getByRole('heading', { level: 1, name: id.complaints.form.title }).waitFor();
    await page.getByLabel(id.complaints.form.type).selectOption('PENGADUAN');
    await page.getByLabel(id.complaints.form.subject).fill('KTP');
    // Checked while typing: a subject that short is marked before anything is sent.
    await page.getByText(id.complaints.form.problems.titleLength).waitFor();
    await page.getByLabel(id.complaints.form.subject).fill('Antrean perekaman KTP-el terlalu lama');
    await page.getByLabel(id.complaints.form.body).fill('Saya menunggu lebih dari tiga jam di loket perekaman pada hari Senin.');
    await page.getByRole('button', { name: id.complaints.form.submit }).click();
    const trackingCode = (await page.getByTestId('tracking-code').textContent())!;
    expect(trackingCode).toMatch(/^LPR-[0-9A-F]{12}$/);
    await screenshot(page, 'complaint-sent');

    await page.getByRole('link', { name: id.complaints.form.trackLink }).click();
    await page.getByRole('heading', { level: 2, name: trackingCode }).waitFor();
    await page.getByText(id.complaints.statuses.SUBMITTED, { exact: true }).waitFor();
    await page.getByText(id.complaints.track.noAnswer).waitFor();

    // The region's administrator verifies it (severity) and forwards it to Disdukcapil.
    const admin = session.server.demoAccounts.find((account) => account.role === 'ADMIN')!;
    page = await session.openSignedIn(admin);
    await page.goto(new URL(`/admin/pengaduan?wilayah=${encodeURIComponent(regionId)}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.complaints.desk.title }).waitFor();
    await page.getByRole('button', { name: trackingCode }).click();
    let step = page.getByRole('form', { name: id.complaints.desk.nextStep });
    await step.getByRole('radio', { name: id.complaints.steps.VERIFIED }).check();
    await step.getByLabel(id.complaints.fields.severity, { exact: true }).selectOption('HIGH');
    await step.getByRole('button', { name: id.complaints.desk.save }).click();
    await page.getByText(id.complaints.desk.moved.replace('{{status}}', id.complaints.statuses.VERIFIED)).waitFor();
    step = page.getByRole('form', { name: id.complaints.desk.nextStep });
    await step.getByRole('radio', { name: id.complaints.steps.DISPOSITIONED }).check();
    await step.getByLabel(id.complaints.fields.agency, { exact: true }).selectOption({ label: AGENCY });
    await step.getByRole('button', { name: id.complaints.desk.save }).click();
    await page.getByText(id.complaints.desk.moved.replace('{{status}}', id.complaints.statuses.DISPOSITIONED)).waitFor();

    // Disdukcapil's administrator answers it.
    const agencyAdmin = session.server.demoAccounts.find((account) => account.username === 'admin.disdukcapil.serang')!;
    page = await session.openSignedIn(agencyAdmin);
    await page.goto(new URL('/admin/pengaduan', session.server.url).href);
    await page.getByRole('button', { name: trackingCode }).click();
    step = page.getByRole('form', { name: id.complaints.desk.nextStep });
    await step.getByRole('radio', { name: id.complaints.steps.ANSWERED }).check();
    const answer = 'Mulai pekan depan loket perekaman dibuka pukul 07.30 dengan dua petugas tambahan.';
    await step.getByLabel(id.complaints.fields.answer, { exact: true }).fill(answer);
    await step.getByRole('button', { name: id.complaints.desk.save }).click();
    await page.getByText(id.complaints.desk.moved.replace('{{status}}', id.complaints.statuses.ANSWERED)).waitFor();
    await screenshot(page, 'complaint-desk-answered');

    // The citizen, without signing in, reads the answer.
    page = await session.openPage(`/lacak?kode=${trackingCode}`);
    await page.getByText(answer).waitFor();
    await page.getByText(id.complaints.statuses.ANSWERED, { exact: true }).waitFor();
    await screenshot(page, 'complaint-tracked');
  });

  it('a citizen answers the IKM survey and the service counts one response more', async () => {
    const { regionId, agencyId, service } = await serang();
    const admin = session.server.demoAccounts.find((account) => account.role === 'ADMIN')!;
    const api = new GraphQLTestClient(session.server.url);
    await api.login(admin.username, admin.password);
    const responses = async () => {
      const result = await api.request<{ serviceMetrics: { ikm: { responses: number } } }>(
        'query ($agencyId: ID!, $serviceTypeId: ID) { serviceMetrics(agencyId: $agencyId, serviceTypeId: $serviceTypeId) { ikm { responses } } }',
        { agencyId, serviceTypeId: service.id },
      );
      return result.data!.serviceMetrics.ikm.responses;
    };
    const before = await responses();

    const page = await session.openPage(`/publik/${regionId}`);
    await page.getByRole('link', { name: id.public.actions.survey }).click();
    await page.getByLabel(id.survey.agency).selectOption({ label: AGENCY });
    await page.getByLabel(id.survey.service).selectOption({ label: service.name });
    for (const [index, code] of ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].entries()) {
      const name = id.survey.elements[code as keyof typeof id.survey.elements];
      const group = page.getByRole('group', { name: `${code} ${name}` });
      await group.getByRole('radio', { name: index % 2 === 0 ? id.survey.scores['4'] : id.survey.scores['3'] }).check();
    }
    await page.getByLabel(id.survey.comment).fill('Petugas ramah.');
    await page.getByRole('button', { name: id.survey.submit }).click();
    await page.getByText(id.survey.thanks).waitFor();
    await screenshot(page, 'survey-thanks');
    expect(await responses()).toBe(before + 1);
  });
});
