// Renaming a service on both databases: its own agency's administrator (or an ADMIN) only, audited,
// with coded, field-named errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const RENAME = 'mutation ($input: RenameServiceTypeInput!) { renameServiceType(input: $input) { id name code } }';

describe.each(await testDatabases())('service catalogue on the %s database', (database) => {
  let server: TestServer;
  const signedIn: Record<string, GraphQLTestClient> = {};
  let services: Array<{ id: string; code: string; agency: { code: string; region: { code: string } } }>;

  beforeAll(async () => {
    server = await startTestServer({ database });
    for (const username of ['admin', 'admin.disdukcapil.serang']) {
      const account = server.demoAccounts.find((candidate) => candidate.username === username)!;
      signedIn[username] = new GraphQLTestClient(server.url);
      await signedIn[username].login(account.username, account.password);
    }
    const listed = await signedIn.admin!.request<{ regions: { edges: Array<{ node: { code: string; agencies: { edges: Array<{ node: { code: string; serviceTypes: Array<{ id: string; code: string }> } }> } } }> } }>(
      '{ regions(first: 10) { edges { node { code agencies(first: 50) { edges { node { code serviceTypes { id code } } } } } } } }',
    );
    services = listed.data!.regions.edges.flatMap(({ node: region }) =>
      region.agencies.edges.flatMap(({ node: agency }) => agency.serviceTypes.map((service) => ({ ...service, agency: { code: agency.code, region: { code: region.code } } }))),
    );
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('renames a service of the administrator’s own agency, keeping its code, and records it', async () => {
    const own = services.find((service) => service.agency.code === 'DISDUKCAPIL' && service.agency.region.code === '36.73' && service.code === 'KTP-EL')!;
    const renamed = await signedIn['admin.disdukcapil.serang']!.request<{ renameServiceType: { name: string; code: string } }>(RENAME, { input: { serviceTypeId: own.id, name: '  KTP Elektronik  ' } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameServiceType).toMatchObject({ name: 'KTP Elektronik', code: 'KTP-EL' });
    const audit = await server.app.database.prisma.auditEntry.findFirst({ where: { action: 'serviceType.rename' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ entityType: 'ServiceType', actorName: 'admin.disdukcapil.serang' });
    expect(audit!.changes).toMatchObject({ after: { name: 'KTP Elektronik' } });

    const elsewhere = services.find((service) => service.agency.region.code !== '36.73')!;
    const refused = await signedIn['admin.disdukcapil.serang']!.request(RENAME, { input: { serviceTypeId: elsewhere.id, name: 'Nama Lain' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.serviceTypeId' });
    const tooShort = await signedIn.admin!.request(RENAME, { input: { serviceTypeId: own.id, name: 'K' } });
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const anonymous = await new GraphQLTestClient(server.url).request(RENAME, { input: { serviceTypeId: own.id, name: 'Nama Lain' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
