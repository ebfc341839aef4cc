// Administration of the organisation and accounts, end to end on each database: units, employees,
// accounts, the employee import (CSV and XLSX) and the audit log, with every authorisation rule
// tried from the side that must be refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

interface Unit {
  id: string;
  code: string;
  name: string;
}

describe.each(await testDatabases())('administration on the %s database', (database) => {
  let server: TestServer;
  let admin: GraphQLTestClient;
  let agencyAdmin: GraphQLTestClient;
  let employee: GraphQLTestClient;
  let anonymous: GraphQLTestClient;
  /** Disdukcapil Serang: the agency of the demo AGENCY_ADMIN. */
  let agencyId: string;
  let units: Unit[];
  /** An agency of another region (Medan). */
  let otherAgencyId: string;
  let otherUnitId: string;

  const account = (role: string) => server.demoAccounts.find((candidate) => candidate.role === role)!;
  const loggedIn = async (role: string) => {
    const client = new GraphQLTestClient(server.url);
    await client.login(account(role).username, account(role).password);
    return client;
  };
  const errorOf = (result: { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> }) => ({
    code: result.errors?.[0]?.extensions?.code,
    field: result.errors?.[0]?.extensions?.field,
  });

  beforeAll(async () => {
    server = await startTestServer({ database });
    [admin, agencyAdmin, employee] = await Promise.all([loggedIn('ADMIN'), loggedIn('AGENCY_ADMIN'), loggedIn('EMPLOYEE')]);
    anonymous = new GraphQLTestClient(server.url);
    const me = await agencyAdmin.request<{ me: { agency: { id: string; units: { edges: Array<{ node: Unit }> } } } }>(
      '{ me { agency { id units(first: 100) { edges { node { id code name } } } } } }',
    );
    agencyId = me.data!.me.agency.id;
    units = me.data!.me.agency.units.edges.map((edge) => edge.node);
    const regions = await admin.request<{ regions: { edges: Array<{ node: { name: string; agencies: { edges: Array<{ node: { id: string; units: { edges: Array<{ node: { id: string } }> } } }> } } }> } }>(
      '{ regions { edges { node { name agencies(first: 1) { edges { node { id units(first: 1) { edges { node { id } } } } } } } } } }',
    );
    const medan = regions.data!.regions.edges.find((edge) => edge.node.name === 'Kota Medan')!.node.agencies.edges[0]!.node;
    otherAgencyId = medan.id;
    otherUnitId = medan.units.edges[0]!.node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('units', () => {
    const create = 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id code name parent { id } } }';
    const update = 'mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { id name parent { id } } }';

    it('creates, renames, moves and deletes a unit of the own agency, and audits each change', async () => {
      const parent = units[0]!;
      const created = await agencyAdmin.request<{ createUnit: { id: string; parent: { id: string } } }>(create, {
        input: { agencyId, parentId: parent.id, code: 'SEKSI_UJI', name: 'Seksi Uji Coba' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createUnit.parent.id).toBe(parent.id);
      const id = created.data!.createUnit.id;
      const renamed = await agencyAdmin.request<{ updateUnit: { name: string; parent: null } }>(update, { input: { id, name: 'Seksi Uji', parentId: null } });
      expect(renamed.data!.updateUnit).toMatchObject({ name: 'Seksi Uji', parent: null });
      const duplicate = await agencyAdmin.request(create, { input: { agencyId, code: 'SEKSI_UJI', name: 'Lagi' } });
      expect(errorOf(duplicate)).toEqual({ code: 'CONFLICT', field: 'input.code' });
      const deleted = await agencyAdmin.request<{ deleteUnit: string }>('mutation ($id: ID!) { deleteUnit(id: $id) }', { id });
      expect(deleted.data!.deleteUnit).toBe(id);
      const trail = await admin.request<{ auditTrail: Array<{ action: string; actorName: string }> }>('query ($id: ID!) { auditTrail(id: $id) { action actorName } }', { id });
      expect(trail.data!.auditTrail.map((entry) => entry.action)).toEqual(['unit.create', 'unit.update', 'unit.delete']);
      expect(trail.data!.auditTrail[0]!.actorName).toBe(account('AGENCY_ADMIN').username);
    });

    it('refuses a move below its own sub-unit, a parent in another agency, and deleting a unit with people', async () => {
      const top = await admin.request<{ createUnit: { id: string } }>(create, { input: { agencyId, code: 'LOOP_A', name: 'Bidang Loop A' } });
      const topId = top.data!.createUnit.id;
      const child = await admin.request<{ createUnit: { id: string } }>(create, { input: { agencyId, parentId: topId, code: 'LOOP_B', name: 'Seksi Loop B' } });
      const loop = await admin.request(update, { input: { id: topId, parentId: child.data!.createUnit.id } });
      expect(errorOf(loop)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
      expect(errorOf(await admin.request(update, { input: { id: topId, parentId: topId } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
      expect(errorOf(await admin.request(update, { input: { id: topId, parentId: otherUnitId } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
      expect(errorOf(await admin.request('mutation ($id: ID!) { deleteUnit(id: $id) }', { id: topId }))).toEqual({ code: 'CONFLICT', field: 'id' });
      expect(errorOf(await admin.request('mutation ($id: ID!) { deleteUnit(id: $id) }', { id: units[0]!.id }))).toEqual({ code: 'CONFLICT', field: 'id' });
    });

    it('refuses another agency to an AGENCY_ADMIN, and everything to an EMPLOYEE or anonymous visitor', async () => {
      expect(errorOf(await agencyAdmin.request(create, { input: { agencyId: otherAgencyId, code: 'X_1', name: 'Bidang Asing' } }))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.agencyId',
      });
      expect(errorOf(await agencyAdmin.request(update, { input: { id: otherUnitId, name: 'Bidang Asing' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await agencyAdmin.request('mutation ($id: ID!) { deleteUnit(id: $id) }', { id: otherUnitId })).code).toBe('FORBIDDEN');
      expect(errorOf(await employee.request(create, { input: { agencyId, code: 'X_2', name: 'Bidang Pegawai' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await anonymous.request(create, { input: { agencyId, code: 'X_3', name: 'Bidang Anonim' } })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('employees', () => {
    const create = 'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip name birthDate unit { code } superior { id } } }';
    const update = 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id name unit { code } superior { id } } }';
    const person = (nip: string, extra: Record<string, unknown> = {}) => ({
      unitId: units[1]!.id,
      nip,
      name: 'Siti Rahmawati',
      sex: 'FEMALE',
      birthDate: '1991-04-12',
      status: 'PNS',
      positionTitle: 'Analis Kependudukan',
      rankGrade: 'Penata Muda, III/a',
      ...extra,
    });

    it('creates and edits an employee, transfers them, changes the superior, and finds them by name or NIP', async () => {
      const created = await agencyAdmin.request<{ createEmployee: { id: string; nip: string; birthDate: string } }>(create, {
        input: person('19910412 201503 2 901'),
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createEmployee).toMatchObject({ nip: '199104122015032901', birthDate: '1991-04-12' });
      const id = created.data!.createEmployee.id;
      const boss = await agencyAdmin.request<{ createEmployee: { id: string } }>(create, {
        input: person('197002022000031902', { name: 'Bambang Hartono', sex: 'MALE', birthDate: '1970-02-02' }),
      });
      const bossId = boss.data!.createEmployee.id;
      const moved = await agencyAdmin.request<{ updateEmployee: { unit: { code: string }; superior: { id: string } } }>(update, {
        input: { id, unitId: units[2]!.id, superiorId: bossId, positionTitle: 'Analis Data' },
      });
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateEmployee).toEqual({ id, name: 'Siti Rahmawati', unit: { code: units[2]!.code }, superior: { id: bossId } });

      const search = 'query ($agencyId: ID!, $search: String) { employees(agencyId: $agencyId, search: $search, first: 5) { totalCount edges { node { id } } } }';
      const byName = await agencyAdmin.request<{ employees: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(search, { agencyId, search: 'siti rahma' });
      expect(byName.data!.employees.edges.map((edge) => edge.node.id)).toContain(id);
      const byNip = await agencyAdmin.request<{ employees: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(search, { agencyId, search: '19910412 2015' });
      expect(byNip.data!.employees.edges.map((edge) => edge.node.id)).toEqual([id]);
      const all = await agencyAdmin.request<{ employees: { totalCount: number } }>(search, { agencyId });
      expect(all.data!.employees.totalCount).toBeGreaterThan(20);
      expect(errorOf(await agencyAdmin.request(search, { agencyId: otherAgencyId })).code).toBe('FORBIDDEN');
      expect(errorOf(await employee.request(search, { agencyId })).code).toBe('FORBIDDEN');

      // A superior cannot report to their own subordinate.
      const loop = await agencyAdmin.request(update, { input: { id: bossId, superiorId: id } });
      expect(errorOf(loop)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.superiorId' });
      expect(errorOf(await agencyAdmin.request(update, { input: { id, superiorId: id } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.superiorId' });
      const trail = await admin.request<{ auditTrail: Array<{ action: string; changes: string }> }>('query ($id: ID!) { auditTrail(id: $id) { action changes } }', { id });
      expect(trail.data!.auditTrail.map((entry) => entry.action)).toEqual(['employee.create', 'employee.update']);
      expect(JSON.parse(trail.data!.auditTrail[1]!.changes).after).toMatchObject({ positionTitle: 'Analis Data', superiorId: expect.any(String) });
    });

    it('names the field at fault, never echoing the NIP, and refuses a duplicate NIP', async () => {
      const badNip = await agencyAdmin.request(create, { input: person('199113402015032901') });
      expect(errorOf(badNip)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nip' });
      expect(badNip.errors![0]!.message).toMatch(/birth date/);
      expect(badNip.errors![0]!.message).not.toContain('199113402015032901');
      expect(errorOf(await agencyAdmin.request(create, { input: person('19910412201503290') }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nip' });
      expect(errorOf(await agencyAdmin.request(create, { input: person('199104122015032902', { birthDate: '1991-04-13' }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.birthDate',
      });
      expect(errorOf(await agencyAdmin.request(create, { input: person('199104122015032902', { sex: 'MALE' }) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sex' });
      expect(errorOf(await agencyAdmin.request(create, { input: person('199104122015032902', { name: 'A' }) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(errorOf(await agencyAdmin.request(create, { input: person('199104122015032901') }))).toEqual({ code: 'CONFLICT', field: 'input.nip' });
    });

    it('refuses a superior from another agency, another agency to an AGENCY_ADMIN, and any change to an EMPLOYEE or anonymous visitor', async () => {
      const stranger = await admin.request<{ agency: { employees: { edges: Array<{ node: { id: string } }> } } }>(
        'query ($id: ID!) { agency(id: $id) { employees(first: 1) { edges { node { id } } } } }',
        { id: otherAgencyId },
      );
      const strangerId = stranger.data!.agency.employees.edges[0]!.node.id;
      expect(errorOf(await admin.request(create, { input: person('199104122015032903', { superiorId: strangerId }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.superiorId',
      });
      expect(errorOf(await agencyAdmin.request(create, { input: person('199104122015032904', { unitId: otherUnitId }) }))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.unitId',
      });
      expect(errorOf(await agencyAdmin.request(update, { input: { id: strangerId, name: 'Nama Baru' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await employee.request(create, { input: person('199104122015032905') })).code).toBe('FORBIDDEN');
      expect(errorOf(await anonymous.request(create, { input: person('199104122015032906') })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('accounts', () => {
    const create = 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id username role disabled agency { id } } generatedPassword } }';
    const setDisabled = 'mutation ($id: ID!, $disabled: Boolean!) { setAccountDisabled(id: $id, disabled: $disabled) { id disabled } }';

    it('creates an account with a generated password shown once; disabling it ends its session at once', async () => {
      const created = await agencyAdmin.request<{ createAccount: { account: { id: string; role: string; agency: { id: string } }; generatedPassword: string } }>(create, {
        input: { username: 'Staf.Baru', displayName: 'Staf Baru', role: 'EMPLOYEE' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createAccount.account).toMatchObject({ role: 'EMPLOYEE', agency: { id: agencyId } });
      const password = created.data!.createAccount.generatedPassword;
      expect(password).toMatch(/^\w{4}-\w{4}-\w{4}$/);
      const newcomer = new GraphQLTestClient(server.url);
      await newcomer.login('staf.baru', password);
      expect((await newcomer.request<{ me: { username: string } }>('{ me { username } }')).data!.me.username).toBe('staf.baru');

      const id = created.data!.createAccount.account.id;
      const disabled = await agencyAdmin.request<{ setAccountDisabled: { disabled: boolean } }>(setDisabled, { id, disabled: true });
      expect(disabled.data!.setAccountDisabled.disabled).toBe(true);
      expect((await newcomer.request<{ me: null }>('{ me { username } }')).data!.me).toBeNull();
      const relogin = await new GraphQLTestClient(server.url).request('mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', {
        input: { username: 'staf.baru', password },
      });
      expect(errorOf(relogin).code).toBe('ACCOUNT_DISABLED');
      await agencyAdmin.request(setDisabled, { id, disabled: false });

      const reset = await agencyAdmin.request<{ resetAccountPassword: { generatedPassword: string } }>(
        'mutation ($id: ID!) { resetAccountPassword(id: $id) { generatedPassword } }',
        { id },
      );
      const fresh = new GraphQLTestClient(server.url);
      await fresh.login('staf.baru', reset.data!.resetAccountPassword.generatedPassword);
      const change = 'mutation ($current: String!, $next: String!) { changeOwnPassword(currentPassword: $current, newPassword: $next) }';
      expect(errorOf(await fresh.request(change, { current: 'wrong-password', next: 'Kuat-sekali-2026' }))).toEqual({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' });
      expect(errorOf(await fresh.request(change, { current: reset.data!.resetAccountPassword.generatedPassword, next: 'short' }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
      });
      expect((await fresh.request<{ changeOwnPassword: boolean }>(change, { current: reset.data!.resetAccountPassword.generatedPassword, next: 'Kuat-sekali-2026' })).data!.changeOwnPassword).toBe(true);
      expect(errorOf(await anonymous.request(change, { current: 'x', next: 'Kuat-sekali-2026' })).code).toBe('UNAUTHENTICATED');
      await new GraphQLTestClient(server.url).login('staf.baru', 'Kuat-sekali-2026');
    });

    it('checks username, password strength, scope and role by field', async () => {
      expect(errorOf(await admin.request(create, { input: { username: 'x', displayName: 'Nama', role: 'EMPLOYEE', agencyId } }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.username',
      });
      expect(errorOf(await admin.request(create, { input: { username: 'lemah', displayName: 'Nama', role: 'EMPLOYEE', agencyId, password: 'aaaaaaaaaaaaaa' } }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
      expect(errorOf(await admin.request(create, { input: { username: 'tanpa.opd', displayName: 'Nama', role: 'SUPERVISOR' } }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.agencyId',
      });
      expect(errorOf(await admin.request(create, { input: { username: 'tanpa.wilayah', displayName: 'Nama', role: 'ANALYST' } }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.regionId',
      });
      expect(errorOf(await admin.request(create, { input: { username: 'admin', displayName: 'Nama', role: 'ADMIN' } }))).toEqual({ code: 'CONFLICT', field: 'input.username' });
    });

    it('limits an AGENCY_ADMIN to SUPERVISOR and EMPLOYEE accounts of their agency, and refuses everyone else', async () => {
      expect(errorOf(await agencyAdmin.request(create, { input: { username: 'calon.admin', displayName: 'Calon', role: 'ADMIN' } }))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.role',
      });
      expect(errorOf(await agencyAdmin.request(create, { input: { username: 'calon.asing', displayName: 'Calon', role: 'EMPLOYEE', agencyId: otherAgencyId } }))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.agencyId',
      });
      expect(errorOf(await employee.request(create, { input: { username: 'calon.x', displayName: 'Calon', role: 'EMPLOYEE', agencyId } })).code).toBe('FORBIDDEN');
      expect(errorOf(await anonymous.request(create, { input: { username: 'calon.y', displayName: 'Calon', role: 'EMPLOYEE', agencyId } })).code).toBe('UNAUTHENTICATED');

      const list = await agencyAdmin.request<{ accounts: { edges: Array<{ node: { username: string; agency: { id: string } | null } }> } }>(
        '{ accounts(first: 100) { edges { node { username agency { id } } } } }',
      );
      expect(list.errors).toBeUndefined();
      expect(list.data!.accounts.edges.length).toBeGreaterThan(0);
      expect(list.data!.accounts.edges.every((edge) => edge.node.agency?.id === agencyId)).toBe(true);
      const everyone = await admin.request<{ accounts: { totalCount: number } }>('{ accounts(first: 1) { totalCount } }');
      expect(everyone.data!.accounts.totalCount).toBeGreaterThan(list.data!.accounts.edges.length);
      expect(errorOf(await employee.request('{ accounts(first: 1) { totalCount } }')).code).toBe('FORBIDDEN');

      const ids = await admin.request<{ accounts: { edges: Array<{ node: { id: string; username: string } }> } }>('{ accounts(first: 100) { edges { node { id username } } } }');
      const idOf = (username: string) => ids.data!.accounts.edges.find((edge) => edge.node.username === username)!.node.id;
      expect(errorOf(await agencyAdmin.request(setDisabled, { id: idOf(account('LEADER').username), disabled: true })).code).toBe('NOT_FOUND');
      expect(errorOf(await agencyAdmin.request(setDisabled, { id: idOf(account('AGENCY_ADMIN').username), disabled: true }))).toEqual({ code: 'FORBIDDEN', field: 'id' });
      expect(errorOf(await admin.request(setDisabled, { id: idOf('admin'), disabled: true }))).toEqual({ code: 'FORBIDDEN', field: 'id' });
      const demote = 'mutation ($input: ChangeAccountRoleInput!) { changeAccountRole(input: $input) { role } }';
      expect(errorOf(await admin.request(demote, { input: { id: idOf('admin'), role: 'EMPLOYEE', agencyId } }))).toEqual({ code: 'FORBIDDEN', field: 'input.role' });
      const promoted = await admin.request<{ changeAccountRole: { role: string } }>(demote, { input: { id: idOf('staf.baru'), role: 'SUPERVISOR', agencyId } });
      expect(promoted.data!.changeAccountRole.role).toBe('SUPERVISOR');
    });
  });

  describe('employee import', () => {
    const HEADER = 'nip,name,sex,birthDate,status,positionTitle,rankGrade,unitCode,superiorNip';
    const importMutation =
      'mutation ($agencyId: ID!, $file: File!, $dryRun: Boolean!) { importEmployees(agencyId: $agencyId, file: $file, dryRun: $dryRun) { dryRun applied totalRows created updated unchanged errorCount errors { row column code message relatedRow } preview { row action nip name superiorNip } } }';
    interface ImportResult {
      importEmployees: {
        applied: boolean;
        totalRows: number;
        created: number;
        updated: number;
        unchanged: number;
        errorCount: number;
        errors: Array<{ row: number; column: string; code: string; message: string; relatedRow: number | null }>;
        preview: Array<{ row: number; action: string; nip: string; superiorNip: string | null }>;
      };
    }
    const lines = () => [
      HEADER,
      `198203142006041911,Ahmad Fauzi,MALE,1982-03-14,PNS,Kepala Seksi Uji,"Penata, III/c",${units[1]!.code},`,
      `199507212019032912,Dewi Lestari,P,1995-07-21,PNS,Analis,"Penata Muda, III/a",${units[1]!.code},198203142006041911`,
      `199811302022021913,Rudi Hartono,L,1998-11-30,PPPK,Pranata Komputer,IX,${units[1]!.code},198203142006041911`,
    ];
    const csv = (rows: string[], name = 'pegawai.csv') => new File([rows.join('\n') + '\n'], name, { type: 'text/csv' });
    const run = (client: GraphQLTestClient, file: File, dryRun: boolean, agency = agencyId) =>
      client.upload<ImportResult>(importMutation, { agencyId: agency, dryRun }, { file });
    const countEmployees = async () =>
      (await admin.request<{ employees: { totalCount: number } }>('query ($id: ID!) { employees(agencyId: $id, first: 1) { totalCount } }', { id: agencyId })).data!
        .employees.totalCount;

    it('dry run reports every bad row with its line and column, and changes nothing', async () => {
      const before = await countEmployees();
      const rows = lines();
      rows.push(`199001012015011914,Nama Salah Tanggal,MALE,1990-01-02,PNS,Staf,"Pengatur, II/c",${units[1]!.code},`);
      rows.push(`19900101201501191X,Ab,X,1990-01-01,HONORER,Staf,,TIDAK_ADA,123`);
      const result = await run(agencyAdmin, csv(rows), true);
      expect(result.errors).toBeUndefined();
      const report = result.data!.importEmployees;
      expect(report).toMatchObject({ applied: false, totalRows: 5, created: 3, updated: 0, errorCount: 8 });
      expect(report.errors).toContainEqual({ row: 5, column: 'birthDate', code: 'BIRTH_DATE_NIP', message: 'does not match the birth date in the NIP', relatedRow: null });
      expect(report.errors.filter((error) => error.row === 6).map((error) => [error.column, error.code])).toEqual([
        ['nip', 'NIP_NOT_DIGITS'],
        ['name', 'NAME_LENGTH'],
        ['rankGrade', 'REQUIRED'],
        ['sex', 'SEX_VALUE'],
        ['status', 'STATUS_VALUE'],
        ['unitCode', 'UNIT_UNKNOWN'],
        ['superiorNip', 'SUPERIOR_INVALID'],
      ]);
      expect(JSON.stringify(report.errors)).not.toContain('19900101201501191X');
      expect(report.preview.map((row) => row.action)).toEqual(['CREATE', 'CREATE', 'CREATE']);
      expect(await countEmployees()).toBe(before);
    });

    it('rejects a real run with one bad row as a whole, then imports the fixed file, and the same file again changes nothing', async () => {
      const before = await countEmployees();
      const bad = lines();
      bad.push(`199001012015011914,Nama Salah Tanggal,MALE,1990-01-02,PNS,Staf,"Pengatur, II/c",${units[1]!.code},`);
      const refused = await run(agencyAdmin, csv(bad), false);
      expect(refused.data!.importEmployees).toMatchObject({ applied: false, errorCount: 1, errors: [{ row: 5, column: 'birthDate' }] });
      expect(await countEmployees()).toBe(before);

      const good = lines();
      const imported = await run(agencyAdmin, csv(good), false);
      expect(imported.data!.importEmployees).toMatchObject({ applied: true, created: 3, updated: 0, unchanged: 0, errorCount: 0 });
      expect(await countEmployees()).toBe(before + 3);
      const dewi = await agencyAdmin.request<{ employees: { edges: Array<{ node: { sex: string; superior: { name: string } } }> } }>(
        'query ($id: ID!) { employees(agencyId: $id, search: "Dewi Lestari", first: 1) { edges { node { sex superior { name } } } } }',
        { id: agencyId },
      );
      expect(dewi.data!.employees.edges[0]!.node).toEqual({ sex: 'FEMALE', superior: { name: 'Ahmad Fauzi' } });

      const again = await run(agencyAdmin, csv(good), false);
      expect(again.data!.importEmployees).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3 });
      expect(await countEmployees()).toBe(before + 3);

      const audit = await admin.request<{ auditEntries: { edges: Array<{ node: { action: string; changes: string } }> } }>(
        '{ auditEntries(first: 2, action: "employee.import") { edges { node { action changes } } } }',
      );
      expect(audit.data!.auditEntries.edges.map((edge) => JSON.parse(edge.node.changes).after)).toEqual([
        { created: 0, file: 'pegawai.csv', rows: 3, unchanged: 3, updated: 0 },
        { created: 3, file: 'pegawai.csv', rows: 3, unchanged: 0, updated: 0 },
      ]);

      // Changing one row updates it; a loop through the file is refused.
      const changed = lines();
      changed[3] = changed[3]!.replace('Pranata Komputer', 'Pranata Komputer Ahli');
      expect((await run(agencyAdmin, csv(changed), false)).data!.importEmployees).toMatchObject({ applied: true, updated: 1, unchanged: 2 });
      const loop = lines();
      loop[1] = loop[1]!.replace(/,$/, ',199507212019032912');
      const loopResult = await run(agencyAdmin, csv(loop), true);
      expect(loopResult.data!.importEmployees.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'superiorNip', code: 'SUPERIOR_LOOP' }));
      const twice = await run(agencyAdmin, csv([...lines(), lines()[2]!]), true);
      expect(twice.data!.importEmployees.errors).toEqual([expect.objectContaining({ row: 5, column: 'nip', code: 'NIP_DUPLICATE', relatedRow: 3 })]);
    });

    it('reads XLSX like CSV (with the NIP as text), and refuses an 18-digit NIP stored as a number', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Pegawai');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['198806062012062915', 'Maya Sari', 'FEMALE', new Date(Date.UTC(1988, 5, 6)), 'PNS', 'Verifikator', 'Penata, III/c', units[2]!.code, '']);
      sheet.addRow([198806062012061916, 'Angka Saja', 'MALE', '1988-06-06', 'PNS', 'Staf', 'Penata, III/c', units[2]!.code, '']);
      const file = new File([await workbook.xlsx.writeBuffer()], 'pegawai.xlsx');
      const result = await run(admin, file, true);
      expect(result.data!.importEmployees).toMatchObject({ totalRows: 2, created: 1, errors: [{ row: 3, column: 'nip', code: 'NIP_AS_NUMBER' }] });
      sheet.spliceRows(3, 1);
      const fixed = new File([await workbook.xlsx.writeBuffer()], 'pegawai.xlsx');
      expect((await run(admin, fixed, false)).data!.importEmployees).toMatchObject({ applied: true, created: 1 });
      expect((await run(admin, fixed, false)).data!.importEmployees).toMatchObject({ applied: true, created: 0, unchanged: 1 });
    });

    it('refuses an oversized file, a wrong format, unknown columns, another agency, and non-administrators', async () => {
      const big = new File([HEADER + '\n' + 'x'.repeat(5 * 1024 * 1024)], 'besar.csv');
      const oversized = await run(agencyAdmin, big, true);
      expect(errorOf(oversized)).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(oversized.errors![0]!.message).toMatch(/5 MB/);
      expect(errorOf(await run(agencyAdmin, new File(['a'], 'pegawai.txt'), true))).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
      const unknown = await run(agencyAdmin, csv([HEADER + ',gaji', '1,2']), true);
      expect(unknown.errors![0]!.message).toMatch(/unknown column gaji/);
      expect(errorOf(await run(agencyAdmin, csv(lines()), true, otherAgencyId))).toEqual({ code: 'FORBIDDEN', field: 'agencyId' });
      expect(errorOf(await run(employee, csv(lines()), true)).code).toBe('FORBIDDEN');
      expect(errorOf(await run(anonymous, csv(lines()), true)).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('audit log', () => {
    it('lists entries newest first for an ADMIN, filtered by action, actor and type, and refuses others', async () => {
      const query = 'query ($action: String, $actorName: String, $entityType: String) { auditEntries(first: 100, action: $action, actorName: $actorName, entityType: $entityType) { totalCount edges { node { id action actorName entityType } } } }';
      type Entries = { auditEntries: { totalCount: number; edges: Array<{ node: { id: string; action: string; actorName: string; entityType: string } }> } };
      const all = await admin.request<Entries>(query, {});
      const ids = all.data!.auditEntries.edges.map((edge) => Number(edge.node.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const units = await admin.request<Entries>(query, { action: 'unit.' });
      expect(units.data!.auditEntries.totalCount).toBeGreaterThan(0);
      expect(units.data!.auditEntries.edges.every((edge) => edge.node.action.startsWith('unit.'))).toBe(true);
      const byActor = await admin.request<Entries>(query, { actorName: account('AGENCY_ADMIN').username, entityType: 'User' });
      expect(byActor.data!.auditEntries.edges.map((edge) => edge.node.action)).toContain('account.create');
      expect(byActor.data!.auditEntries.edges.every((edge) => edge.node.entityType === 'User')).toBe(true);
      const page = await admin.request<{ auditEntries: { pageInfo: { endCursor: string } } }>('{ auditEntries(first: 2) { pageInfo { endCursor } } }');
      const next = await admin.request<Entries>('query ($after: String) { auditEntries(first: 2, after: $after) { edges { node { id } } } }', { after: page.data!.auditEntries.pageInfo.endCursor });
      expect(next.data!.auditEntries.edges.map((edge) => edge.node.id)).toEqual(all.data!.auditEntries.edges.slice(2, 4).map((edge) => edge.node.id));
      expect(errorOf(await agencyAdmin.request(query, {})).code).toBe('FORBIDDEN');
      expect(errorOf(await anonymous.request(query, {})).code).toBe('UNAUTHENTICATED');
    });
  });
});
