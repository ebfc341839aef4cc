// Complaints end to end on both databases: anonymous submission and tracking, the lifecycle with
// its deadline by severity, routing to an agency, WBS reports seen only by designated handlers,
// and public metrics with suppression.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

describe.each(await testDatabases())('complaints on the %s database', (database) => {
  let server: TestServer;
  let admin: GraphQLTestClient;
  let agencyAdmin: GraphQLTestClient;
  let leader: GraphQLTestClient;
  let regionId: string;
  let disdukcapilId: string;

  const login = async (role: string) => {
    const account = server.demoAccounts.find((candidate) => candidate.role === role && candidate.username.endsWith('serang'))
      ?? server.demoAccounts.find((candidate) => candidate.role === role)!;
    const client = new GraphQLTestClient(server.url);
    await client.login(account.username, account.password);
    return client;
  };
  const submit = (type: string) =>
    new GraphQLTestClient(server.url).request<{ submitComplaint: { trackingCode: string } }>(
      'mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode } }',
      { input: { regionId, type, title: 'Antrean KTP-el panjang', body: 'Saya menunggu lima jam di loket perekaman.' } },
    );
  const move = (client: GraphQLTestClient, input: Record<string, unknown>) =>
    client.request<{ moveComplaint: { status: string; dueDate: string | null; overdue: boolean; resolutionDays: number | null } }>(
      'mutation ($input: MoveComplaintInput!) { moveComplaint(input: $input) { status dueDate overdue resolutionDays } }',
      { input },
    );
  const findId = async (client: GraphQLTestClient, trackingCode: string) => {
    const result = await client.request<{ complaints: { edges: Array<{ node: { id: string; trackingCode: string } }> } }>(
      'query ($region: ID!) { complaints(regionId: $region, status: SUBMITTED, first: 100) { edges { node { id trackingCode } } } }',
      { region: regionId },
    );
    return result.data?.complaints.edges.find((edge) => edge.node.trackingCode === trackingCode)?.node.id;
  };

  beforeAll(async () => {
    server = await startTestServer({ database });
    admin = await login('ADMIN');
    agencyAdmin = await login('AGENCY_ADMIN');
    leader = await login('LEADER');
    const regions = await admin.request<{ regions: { edges: Array<{ node: { id: string; code: string; agencies: { edges: Array<{ node: { id: string; code: string } }> } } }> } }>(
      '{ regions { edges { node { id code agencies(first: 100) { edges { node { id code } } } } } } }',
    );
    const serang = regions.data!.regions.edges.find((edge) => edge.node.code === '36.73')!.node;
    regionId = serang.id;
    disdukcapilId = serang.agencies.edges.find((edge) => edge.node.code === 'DISDUKCAPIL')!.node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('takes a complaint from submission to closing, with its deadline and routing', async () => {
    const submitted = await submit('PENGADUAN');
    expect(submitted.errors).toBeUndefined();
    const { trackingCode } = submitted.data!.submitComplaint;
    const id = (await findId(admin, trackingCode))!;
    expect(id).toBeDefined();

    const skip = await move(admin, { id, status: 'ANSWERED', answer: 'Sudah kami tangani dengan baik.' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    const noSeverity = await move(admin, { id, status: 'VERIFIED' });
    expect(noSeverity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.severity' });
    const verified = await move(admin, { id, status: 'VERIFIED', severity: 'HIGH' });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.moveComplaint).toMatchObject({ status: 'VERIFIED', overdue: false });
    expect(verified.data!.moveComplaint.dueDate! > new Date().toISOString().slice(0, 10)).toBe(true);

    // The agency administrator sees it only once it is routed to their agency.
    const notYet = await agencyAdmin.request('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(notYet.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await move(admin, { id, status: 'DISPOSITIONED', agencyId: disdukcapilId })).errors).toBeUndefined();
    const byAgency = await move(agencyAdmin, { id, status: 'ANSWERED', answer: 'Loket tambahan dibuka mulai Senin.' });
    expect(byAgency.errors).toBeUndefined();
    expect(byAgency.data!.moveComplaint).toMatchObject({ status: 'ANSWERED', resolutionDays: 0 });
    const agencyCloses = await move(agencyAdmin, { id, status: 'CLOSED' });
    expect(agencyCloses.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await move(admin, { id, status: 'CLOSED' })).data!.moveComplaint.status).toBe('CLOSED');

    const tracked = await new GraphQLTestClient(server.url).request<{ complaintByTrackingCode: { status: string; answer: string } }>(
      'query ($code: String!) { complaintByTrackingCode(trackingCode: $code) { status answer } }',
      { code: trackingCode },
    );
    expect(tracked.data!.complaintByTrackingCode).toEqual({ status: 'CLOSED', answer: 'Loket tambahan dibuka mulai Senin.' });
  });

  it('shows whistle-blowing reports to designated handlers only, not even to an ADMIN', async () => {
    const { trackingCode } = (await submit('WBS')).data!.submitComplaint;
    expect(await findId(admin, trackingCode)).toBeUndefined();
    // The demo designates Kota Serang's LEADER as its WBS handler.
    const id = (await findId(leader, trackingCode))!;
    expect(id).toBeDefined();
    const direct = await admin.request('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await move(admin, { id, status: 'VERIFIED', severity: 'URGENT' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await move(leader, { id, status: 'VERIFIED', severity: 'URGENT' })).data!.moveComplaint.status).toBe('VERIFIED');
  });

  it('gives every complaint 3 working days to be verified, flags the late ones and counts them', async () => {
    type Node = { node: { verificationDueDate: string; verifiedAt: string | null; verificationOverdue: boolean; submittedAt: string } };
    type Metrics = { complaintMetrics: { awaitingVerification: number; verificationOverdue: number; verifiedInTimeShare: number | null } };
    const node = async (id: string) =>
      (await admin.request<Node>('query ($id: ID!) { node(id: $id) { ... on Complaint { verificationDueDate verifiedAt verificationOverdue submittedAt } } }', { id })).data!.node;
    const metrics = async () =>
      (await admin.request<Metrics>('query ($region: ID!) { complaintMetrics(regionId: $region) { awaitingVerification verificationOverdue verifiedInTimeShare } }', { region: regionId })).data!
        .complaintMetrics;
    const before = await metrics();
    const late = (await findId(admin, (await submit('PENGADUAN')).data!.submitComplaint.trackingCode))!;
    const onTime = (await findId(admin, (await submit('ASPIRASI')).data!.submitComplaint.trackingCode))!;
    const fresh = await node(onTime);
    const todayWib = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    // Three working days: at least three calendar days ahead, at most three plus a weekend and holidays.
    expect(fresh.verificationDueDate > todayWib).toBe(true);
    expect(fresh).toMatchObject({ verifiedAt: null, verificationOverdue: false });
    expect(await metrics()).toMatchObject({ awaitingVerification: before.awaitingVerification + 2, verificationOverdue: before.verificationOverdue });

    // One of them was submitted long ago and nobody verified it in time.
    await server.app.database.prisma.complaint.update({ where: { id: Buffer.from(late, 'base64').toString().split(':')[1]! }, data: { verificationDueDate: new Date('2026-01-05T00:00:00Z') } });
    expect((await node(late)).verificationOverdue).toBe(true);
    expect((await metrics()).verificationOverdue).toBe(before.verificationOverdue + 1);
    // Postponing is not a verification: still overdue. Verifying is, even late.
    expect((await move(admin, { id: late, status: 'POSTPONED' })).errors).toBeUndefined();
    expect((await node(late)).verificationOverdue).toBe(true);
    expect((await move(admin, { id: late, status: 'VERIFIED', severity: 'LOW' })).errors).toBeUndefined();
    expect((await move(admin, { id: onTime, status: 'VERIFIED', severity: 'LOW' })).errors).toBeUndefined();
    const verified = await node(late);
    expect(verified.verificationOverdue).toBe(false);
    expect(verified.verifiedAt).not.toBeNull();
    const after = await metrics();
    expect(after).toMatchObject({ awaitingVerification: before.awaitingVerification, verificationOverdue: before.verificationOverdue });
    expect(after.verifiedInTimeShare).toBeGreaterThan(0);
    expect(after.verifiedInTimeShare).toBeLessThan(1);
  });

  it('publishes complaint metrics without text, and suppresses small groups anonymously', async () => {
    const query = 'query ($region: ID!, $from: String, $to: String) { complaintMetrics(regionId: $region, from: $from, to: $to) { suppressed received open overdue medianResolutionDays answeredWithinDeadlineShare byType { type count } } }';
    const anonymous = new GraphQLTestClient(server.url);
    type Metrics = { complaintMetrics: { suppressed: boolean; received: number | null; open: number | null; overdue: number | null; byType: Array<{ type: string; count: number }> | null } };
    const twoYears = await anonymous.request<Metrics>(query, { region: regionId, from: '2024-01-01' });
    expect(twoYears.errors).toBeUndefined();
    expect(twoYears.data!.complaintMetrics.suppressed).toBe(false);
    expect(twoYears.data!.complaintMetrics.received).toBeGreaterThanOrEqual(80);
    expect(twoYears.data!.complaintMetrics.overdue).toBeGreaterThanOrEqual(0);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const justToday = await anonymous.request<Metrics>(query, { region: regionId, from: today, to: today });
    expect(justToday.data!.complaintMetrics).toMatchObject({ suppressed: true, received: null, byType: null });
    expect((await admin.request<Metrics>(query, { region: regionId, from: today, to: today })).data!.complaintMetrics.suppressed).toBe(false);
  });
});
