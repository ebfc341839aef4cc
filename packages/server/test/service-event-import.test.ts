// Import of service events from CSV or XLSX on both databases: a dry run previews and writes
// nothing, bad rows are reported by row and field and keep the file out, valid rows only when
// asked, XLSX date cells read as WIB, and the same file twice records nothing new.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const IMPORT = `mutation ($file: File!, $dryRun: Boolean!, $acceptValidRows: Boolean) {
  importServiceEvents(file: $file, dryRun: $dryRun, acceptValidRows: $acceptValidRows) {
    dryRun applied totalRows validRows accepted duplicates errorCount
    errors { row column code message }
    preview { row idempotencyKey serviceTypeId serviceName reference step occurredAt known }
  }
}`;
const HEADER = 'idempotencyKey,serviceTypeId,reference,step,occurredAt';

interface ImportResult {
  importServiceEvents: {
    dryRun: boolean;
    applied: boolean;
    totalRows: number;
    validRows: number;
    accepted: number;
    duplicates: number;
    errorCount: number;
    errors: Array<{ row: number; column: string | null; code: string; message: string }>;
    preview: Array<{ row: number; idempotencyKey: string; serviceTypeId: string; serviceName: string; reference: string; step: string; occurredAt: string; known: boolean }>;
  };
}

describe.each(await testDatabases())('service event import on the %s database', (database) => {
  let server: TestServer;
  let agencyAdmin: GraphQLTestClient;
  let serviceTypeId: string;
  let foreignServiceTypeId: string;

  const run = (file: File, dryRun: boolean, acceptValidRows?: boolean) =>
    agencyAdmin.upload<ImportResult>(IMPORT, { dryRun, ...(acceptValidRows === undefined ? {} : { acceptValidRows }) }, { file });
  const csv = (lines: string[]) => new File([[HEADER, ...lines].join('\n') + '\n'], 'layanan.csv', { type: 'text/csv' });
  const stored = (prefix: string) => server.app.database.prisma.serviceEvent.count({ where: { idempotencyKey: { startsWith: prefix } } });

  beforeAll(async () => {
    server = await startTestServer({ database });
    const account = server.demoAccounts.find((candidate) => candidate.role === 'AGENCY_ADMIN')!;
    agencyAdmin = new GraphQLTestClient(server.url);
    await agencyAdmin.login(account.username, account.password);
    const regions = await agencyAdmin.request<{ regions: { edges: Array<{ node: { code: string; agencies: { edges: Array<{ node: { id: string; code: string } }> } } }> } }>(
      '{ regions { edges { node { code agencies(first: 100) { edges { node { id code } } } } } } }',
    );
    const agencies = regions.data!.regions.edges.find((edge) => edge.node.code === '36.73')!.node.agencies.edges.map((edge) => edge.node);
    const firstService = async (code: string) =>
      (
        await agencyAdmin.request<{ agency: { serviceTypes: Array<{ id: string }> } }>('query ($id: ID!) { agency(id: $id) { serviceTypes { id } } }', {
          id: agencies.find((agency) => agency.code === code)!.id,
        })
      ).data!.agency.serviceTypes[0]!.id;
    serviceTypeId = await firstService('DISDUKCAPIL');
    foreignServiceTypeId = await firstService('DPMPTSP');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('dry run previews and writes nothing; a bad row keeps the whole file out, with its row and field', async () => {
    const good = [`imp-1,${serviceTypeId},IMP/1,RECEIVED,2026-11-16T09:00:00+07:00`, `imp-2,${serviceTypeId},IMP/1,COMPLETED,2026-11-16T10:00:00+07:00`];
    const bad = [...good, `imp-3,${serviceTypeId},IMP/2,FINISHED,2026-11-16T10:00:00+07:00`, `imp-4,${foreignServiceTypeId},IMP/3,RECEIVED,2026-11-16T10:00:00+07:00`, `imp-5,x,IMP/4,RECEIVED,kemarin`];

    const checked = await run(csv(good), true);
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.importServiceEvents).toMatchObject({ dryRun: true, applied: false, totalRows: 2, validRows: 2, accepted: 2, duplicates: 0, errorCount: 0 });
    expect(checked.data!.importServiceEvents.preview[0]).toMatchObject({ row: 2, idempotencyKey: 'imp-1', serviceTypeId, reference: 'IMP/1', step: 'RECEIVED', known: false });
    expect(new Date(checked.data!.importServiceEvents.preview[0]!.occurredAt).toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(await stored('imp-')).toBe(0);

    const refused = await run(csv(bad), false);
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.importServiceEvents).toMatchObject({ applied: false, totalRows: 5, validRows: 2, accepted: 2, errorCount: 3 });
    expect(refused.data!.importServiceEvents.errors.map((error) => [error.row, error.column, error.code])).toEqual([
      [4, 'step', 'STEP_VALUE'],
      [5, 'serviceTypeId', 'SERVICE_TYPE_OTHER_AGENCY'],
      [6, 'serviceTypeId', 'SERVICE_TYPE_ID'],
    ]);
    expect(await stored('imp-')).toBe(0);

    const partial = await run(csv(bad), false, true);
    expect(partial.data!.importServiceEvents).toMatchObject({ applied: true, accepted: 2, duplicates: 0, errorCount: 3 });
    expect(await stored('imp-')).toBe(2);
    const again = await run(csv(good), false);
    expect(again.data!.importServiceEvents).toMatchObject({ applied: true, accepted: 0, duplicates: 2 });
    expect((await run(csv(good), true)).data!.importServiceEvents.preview.map((row) => row.known)).toEqual([true, true]);
  });

  it('reads XLSX, a real date cell as WIB time, and records nothing new the second time', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Layanan');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['xlsx-1', serviceTypeId, 'XLSX/1', 'RECEIVED', new Date(Date.UTC(2026, 10, 17, 9, 30))]);
    sheet.addRow(['xlsx-2', serviceTypeId, 'XLSX/1', 'COMPLETED', '2026-11-17T11:00:00+07:00']);
    sheet.addRow(['xlsx-2', serviceTypeId, 'XLSX/1', 'COMPLETED', '2026-11-17T11:00:00+07:00']);
    const file = new File([await workbook.xlsx.writeBuffer()], 'layanan.xlsx');

    const checked = (await run(file, true)).data!.importServiceEvents;
    expect(checked).toMatchObject({ totalRows: 3, validRows: 3, accepted: 2, duplicates: 1, errorCount: 0 });
    expect(checked.preview.map((row) => [row.row, new Date(row.occurredAt).toISOString(), row.known])).toEqual([
      [2, '2026-11-17T02:30:00.000Z', false],
      [3, '2026-11-17T04:00:00.000Z', false],
      [4, '2026-11-17T04:00:00.000Z', true],
    ]);
    expect(await stored('xlsx-')).toBe(0);

    expect((await run(file, false)).data!.importServiceEvents).toMatchObject({ applied: true, accepted: 2, duplicates: 1 });
    expect(await stored('xlsx-')).toBe(2);
    expect((await run(file, false)).data!.importServiceEvents).toMatchObject({ applied: true, accepted: 0, duplicates: 3 });
    expect(await stored('xlsx-')).toBe(2);
  });

  it('refuses a file that is neither CSV nor XLSX, naming the file argument', async () => {
    const result = await run(new File(['hello'], 'layanan.txt'), true);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});
