// Attacks on anonymous 360-degree feedback: whoever may read a request (the person, their
// superiors) tries to find out who gave which answer — by reading the aggregate before and after
// one more answer, by being a rater themselves, through the rater's relation, through ids,
// timestamps or order, and through the audit trail.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const ME = '{ me { employee { id agency { id } } } }';
const REQUEST = 'mutation ($input: RequestFeedbackInput!) { requestFeedback(input: $input) { id } }';
const INVITATIONS = '{ myFeedbackInvitations { id topic } }';
const RESPOND = 'mutation ($input: RespondToFeedbackInput!) { respondToFeedback(input: $input) }';
const RESULT = 'query ($id: ID!) { node(id: $id) { ... on FeedbackRequest { responded averageScore responses { score comment relation raterName } } } }';

describe.each(await testDatabases())('anonymous 360 feedback cannot be de-anonymised (%s database)', (database) => {
  let server: TestServer;
  const c: Record<string, GraphQLTestClient> = {};
  const ids: Record<string, string> = {};
  const ok = async (client: GraphQLTestClient, query: string, variables?: Record<string, unknown>) => {
    const response = await client.request<Record<string, any>>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
  const respond = async (username: string, topic: string, score: number, comment?: string) => {
    const invitation = (await ok(c[username]!, INVITATIONS)).myFeedbackInvitations.find((row: { topic: string }) => row.topic === topic);
    await ok(c[username]!, RESPOND, { input: { invitationId: invitation.id, score, comment } });
    return invitation.id as string;
  };
  const result = async (username: string, id: string) => (await ok(c[username]!, RESULT, { id })).node;

  beforeAll(async () => {
    server = await startTestServer({ database });
    const login = async (username: string, password: string) => {
      const client = new GraphQLTestClient(server.url);
      await client.login(username, password);
      c[username] = client;
      return client;
    };
    for (const account of server.demoAccounts) {
      if (['admin', 'admin.disdukcapil.serang', 'kepala.disdukcapil.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang'].includes(account.username)) {
        await login(account.username, account.password);
      }
    }
    for (const username of ['admin.disdukcapil.serang', 'kepala.disdukcapil.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang']) {
      ids[username] = (await ok(c[username]!, ME)).me.employee.id;
    }
    // A fourth colleague who can answer: an account for another employee of the agency.
    const agencyId = (await ok(c['pegawai.disdukcapil.serang']!, ME)).me.employee.agency.id;
    const staff = await ok(c['admin.disdukcapil.serang']!, 'query ($id: ID!) { node(id: $id) { ... on Agency { employees(first: 20) { edges { node { id } } } } } }', { id: agencyId });
    const colleague = staff.node.employees.edges.map((edge: { node: { id: string } }) => edge.node.id).find((id: string) => !Object.values(ids).includes(id));
    const created = await ok(c['admin.disdukcapil.serang']!, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { generatedPassword } }', {
      input: { username: 'rekan.anonim', displayName: 'Rekan Anonim', role: 'EMPLOYEE', agencyId, employeeId: colleague },
    });
    await login('rekan.anonim', created.createAccount.generatedPassword);
    ids['rekan.anonim'] = colleague;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('publishes nothing while more answers can come, so the average after 3 and after 4 answers cannot be differenced', async () => {
    const topic = 'Pelayanan di loket perekaman';
    const raters = ['atasan.disdukcapil.serang', 'kepala.disdukcapil.serang', 'admin.disdukcapil.serang', 'rekan.anonim'];
    const { requestFeedback: request } = await ok(c['pegawai.disdukcapil.serang']!, REQUEST, {
      input: { subjectId: ids['pegawai.disdukcapil.serang'], topic, raterIds: raters.map((username) => ids[username]), anonymous: true, expiresAt: inAWeek() },
    });
    await respond('atasan.disdukcapil.serang', topic, 5, 'Ramah kepada warga.');
    await respond('kepala.disdukcapil.serang', topic, 4);
    await respond('admin.disdukcapil.serang', topic, 4);
    // Three answers, one still possible: neither the average nor the list.
    expect(await result('pegawai.disdukcapil.serang', request.id)).toEqual({ responded: 3, averageScore: null, responses: [] });
    await respond('rekan.anonim', topic, 1, 'Sering terlambat membuka loket.');
    // Final: shown once, to the person, without rater or relation (a person has one direct superior).
    const final = await result('pegawai.disdukcapil.serang', request.id);
    expect(final.averageScore).toBe(3.5);
    expect(final.responses).toEqual([
      { score: 1, comment: 'Sering terlambat membuka loket.', relation: null, raterName: null },
      { score: 4, comment: null, relation: null, raterName: null },
      { score: 4, comment: null, relation: null, raterName: null },
      { score: 5, comment: 'Ramah kepada warga.', relation: null, raterName: null },
    ]);
  });

  it('publishes an expired request’s answers only from three, and never to a viewer who can subtract their own answer from three', async () => {
    const topic = 'Koordinasi antarseksi';
    const raters = ['atasan.disdukcapil.serang', 'kepala.disdukcapil.serang', 'admin.disdukcapil.serang', 'rekan.anonim'];
    const { requestFeedback: request } = await ok(c['pegawai.disdukcapil.serang']!, REQUEST, {
      input: { subjectId: ids['pegawai.disdukcapil.serang'], topic, raterIds: raters.map((username) => ids[username]), anonymous: true, expiresAt: inAWeek() },
    });
    await respond('atasan.disdukcapil.serang', topic, 2);
    await respond('kepala.disdukcapil.serang', topic, 5);
    const expire = () =>
      server.app.database.prisma.feedbackRequest.update({ where: { id: decodeGlobalID(request.id).id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    // The head of agency (a superior of the person) rated and may read the request: with the
    // person's superior's answer alone beside their own, they would know it.
    await respond('admin.disdukcapil.serang', topic, 3);
    await expire();
    expect((await result('pegawai.disdukcapil.serang', request.id)).averageScore).toBeCloseTo(10 / 3);
    expect(await result('kepala.disdukcapil.serang', request.id)).toEqual({ responded: 3, averageScore: null, responses: [] });
    expect(await result('atasan.disdukcapil.serang', request.id)).toEqual({ responded: 3, averageScore: null, responses: [] });
  });

  it('keeps an expired request with two answers hidden', async () => {
    const topic = 'Kerapian arsip';
    const raters = ['atasan.disdukcapil.serang', 'kepala.disdukcapil.serang', 'rekan.anonim'];
    const { requestFeedback: request } = await ok(c['pegawai.disdukcapil.serang']!, REQUEST, {
      input: { subjectId: ids['pegawai.disdukcapil.serang'], topic, raterIds: raters.map((username) => ids[username]), anonymous: true, expiresAt: inAWeek() },
    });
    await respond('atasan.disdukcapil.serang', topic, 2);
    await respond('rekan.anonim', topic, 5);
    await server.app.database.prisma.feedbackRequest.update({ where: { id: decodeGlobalID(request.id).id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await result('pegawai.disdukcapil.serang', request.id)).toEqual({ responded: 2, averageScore: null, responses: [] });
  });

  it('offers no filter, id, timestamp or order that would single out an answer', async () => {
    const types = await ok(
      c['pegawai.disdukcapil.serang']!,
      '{ request: __type(name: "FeedbackRequest") { fields { name args { name } } } response: __type(name: "FeedbackResponse") { fields { name } } }',
    );
    const requestFields = new Map(types.request.fields.map((field: { name: string; args: Array<{ name: string }> }) => [field.name, field.args]));
    expect(requestFields.get('averageScore')).toEqual([]);
    expect(requestFields.get('responses')).toEqual([]);
    expect(types.response.fields.map((field: { name: string }) => field.name).sort()).toEqual(['comment', 'raterName', 'relation', 'score']);
  });

  it('keeps who answered an anonymous request out of reach of the person it is about, even as an administrator', async () => {
    const topic = 'Inisiatif perbaikan layanan';
    await ok(c['pegawai.disdukcapil.serang']!, REQUEST, {
      input: { subjectId: ids['pegawai.disdukcapil.serang'], topic, raterIds: [ids['atasan.disdukcapil.serang']], anonymous: true, expiresAt: inAWeek() },
    });
    const invitationId = await respond('atasan.disdukcapil.serang', topic, 3, 'Perlu lebih berinisiatif.');
    // An anonymous answer about someone else, which the person may go on seeing in the log.
    const otherTopic = 'Kejelasan arahan rapat';
    await ok(c['atasan.disdukcapil.serang']!, REQUEST, {
      input: { subjectId: ids['atasan.disdukcapil.serang'], topic: otherTopic, raterIds: [ids['pegawai.disdukcapil.serang']], anonymous: true, expiresAt: inAWeek() },
    });
    const otherInvitationId = decodeGlobalID(await respond('pegawai.disdukcapil.serang', otherTopic, 4)).id;
    // The rater's invitation is theirs alone.
    const read = await c['pegawai.disdukcapil.serang']!.request('query ($id: ID!) { node(id: $id) { id } }', { id: invitationId });
    expect(read.data?.node ?? null).toBeNull();
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const TRAIL = 'query ($id: ID!) { auditTrail(id: $id) { actorName } }';
    const ENTRIES = '{ auditEntries(action: "feedback360.respond", first: 100) { totalCount edges { node { entityId actorName } } } }';
    expect((await c['pegawai.disdukcapil.serang']!.request(TRAIL, { id: invitationId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An administrator sees who answered (not what): the trail of the invitation names the rater.
    expect((await ok(c.admin!, TRAIL, { id: invitationId })).auditTrail).toEqual([{ actorName: 'atasan.disdukcapil.serang' }]);
    const entityIds = (entries: { edges: Array<{ node: { entityId: string } }> }) => entries.edges.map((edge) => edge.node.entityId);
    const before = entityIds((await ok(c.admin!, ENTRIES)).auditEntries);
    expect(before).toContain(decodeGlobalID(invitationId).id);

    // The same administrator account, were it the person rated, sees none of it: neither this
    // answer nor the earlier answers to anonymous requests about them; other answers stay visible.
    const prisma = server.app.database.prisma;
    const personId = decodeGlobalID(ids['pegawai.disdukcapil.serang']!).id;
    const aboutThePerson = new Set(
      (await prisma.feedbackInvitation.findMany({ where: { request: { subjectId: personId, anonymous: true } }, select: { id: true } })).map((row) => row.id),
    );
    const adminUser = await prisma.user.findUniqueOrThrow({ where: { username: 'admin' }, select: { id: true } });
    const personUser = await prisma.user.findUniqueOrThrow({ where: { username: 'pegawai.disdukcapil.serang' }, select: { id: true } });
    await prisma.user.update({ where: { id: personUser.id }, data: { employeeId: null } });
    await prisma.user.update({ where: { id: adminUser.id }, data: { employeeId: personId } });
    try {
      expect((await ok(c.admin!, TRAIL, { id: invitationId })).auditTrail).toEqual([]);
      const entries = (await ok(c.admin!, ENTRIES)).auditEntries;
      expect(entityIds(entries).sort()).toEqual(before.filter((id) => !aboutThePerson.has(id)).sort());
      expect(entries.totalCount).toBe(entries.edges.length);
      expect(entityIds(entries)).toContain(otherInvitationId);
    } finally {
      await prisma.user.update({ where: { id: adminUser.id }, data: { employeeId: null } });
      await prisma.user.update({ where: { id: personUser.id }, data: { employeeId: personId } });
    }
  });
});
