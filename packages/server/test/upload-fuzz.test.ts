// Hostile files against both imports (employees from CSV/XLSX, service events from CSV): broken
// quoting, wrong encodings, BOMs, NUL bytes, enormous lines, formula injection, random bytes named
// .xlsx, cut-short and bogus zips, zip bombs, oversized bodies. Each must end in a clean coded
// error (or a report of bad rows), no crash, and nothing stored.
import { request as httpRequest } from 'node:http';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import type { ChildProcess } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type GraphQLResponse, type TestServer } from '../src/testing/index.js';
import { startServerProcess } from '../src/testing/server-process.js';
import { storeFile } from '../src/files/store.js';

const HEADER = 'nip,name,sex,birthDate,status,positionTitle,rankGrade,unitCode,superiorNip';
const IMPORT =
  'mutation ($agencyId: ID!, $file: File!, $dryRun: Boolean!) { importEmployees(agencyId: $agencyId, file: $file, dryRun: $dryRun) { applied errorCount preview { name } } }';
const EVENTS_CSV = 'mutation ($csv: String!) { importServiceEventsCsv(csv: $csv) { accepted } }';
const BODY_LIMIT = 6 * 1024 * 1024;
const GiB_IN_MiB = 1024;

/** A zip archive of the given entries; `declare` may lie about an entry's unpacked size. */
function zip(entries: Array<{ name: string; deflated: Buffer; size: number; crc: number; declare?: number }>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declare ?? entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declare ?? entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    directory.push(central, name);
    offset += 30 + name.length + entry.deflated.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const entry = (name: string, text: string) => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A small XLSX whose one sheet unpacks to `blocks` MiB of whitespace (run-length deflated: ~1 KB a MiB). */
async function zipBomb(blocks: number, declare?: number): Promise<Buffer> {
  const start = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const block = Buffer.alloc(1024 * 1024, ' ');
  const deflate = createDeflateRaw({ level: 9, strategy: constants.Z_RLE });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.write(start);
  let crc = crc32(start);
  for (let index = 0; index < blocks; index++) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return zip([
    entry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    entry('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="a" sheetId="1"/></sheets></workbook>'),
    // Sizes are 32-bit in a plain zip: a sheet of 4 GiB or more declares its size modulo 2^32.
    { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(chunks), size: (start.length + blocks * block.length) % 2 ** 32, crc, declare },
  ]);
}

async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pegawai');
  sheet.addRow(HEADER.split(','));
  for (let index = 0; index < 50; index++) sheet.addRow(['199001012015011001', `Pegawai ${index}`, 'MALE', '1990-01-01', 'PNS', 'Staf', 'III/a', 'X', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Outcome = GraphQLResponse<{ importEmployees?: { applied: boolean; errorCount: number }; importServiceEventsCsv?: { accepted: number } }>;

/** A clean refusal: a coded error that is not INTERNAL, or a report of bad rows with nothing applied. */
function expectCleanRefusal(outcome: Outcome, codes = ['BAD_USER_INPUT']) {
  if (outcome.errors) {
    expect(outcome.errors.map((error) => error.extensions?.code)).toEqual(outcome.errors.map(() => expect.stringMatching(new RegExp(`^(${codes.join('|')})$`))));
    expect(outcome.errors[0]!.message).not.toMatch(/\bat \w+ \(|node_modules|TypeError|RangeError/);
  } else {
    expect(outcome.data?.importEmployees ?? outcome.data?.importServiceEventsCsv).toBeDefined();
    if (outcome.data?.importEmployees) expect(outcome.data.importEmployees).toMatchObject({ applied: false, errorCount: expect.any(Number) });
    if (outcome.data?.importServiceEventsCsv) expect(outcome.data.importServiceEventsCsv.accepted).toBe(0);
  }
}

describe.each(await testDatabases())('hostile uploads (%s database)', (database) => {
  let server: TestServer;
  let admin: GraphQLTestClient;
  let agencyId: string;
  let serviceTypeId: string;
  const stored = async () => {
    const prisma = server.app.database.prisma;
    return { employees: await prisma.employee.count(), events: await prisma.serviceEvent.count(), audit: await prisma.auditEntry.count() };
  };

  beforeAll(async () => {
    server = await startTestServer({ database, env: { GRAPHQL_MAX_BODY_BYTES: String(BODY_LIMIT) } });
    const account = server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    admin = new GraphQLTestClient(server.url);
    await admin.login(account.username, account.password);
    const found = await admin.request<{ regions: { edges: Array<{ node: { agencies: { edges: Array<{ node: { id: string; serviceTypes: Array<{ id: string }> } }> } } }> } }>(
      '{ regions(first: 1) { edges { node { agencies(first: 20) { edges { node { id serviceTypes { id } } } } } } } }',
    );
    const agency = found.data!.regions.edges[0]!.node.agencies.edges.find((edge) => edge.node.serviceTypes.length > 0)!.node;
    agencyId = agency.id;
    serviceTypeId = agency.serviceTypes[0]!.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const importFile = (bytes: Buffer | string, name: string) => admin.upload(IMPORT, { agencyId, dryRun: false }, { file: new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name) }) as Promise<Outcome>;
  const importEvents = (csv: string) => admin.request(EVENTS_CSV, { csv }) as Promise<Outcome>;
  const eventLine = (key: string) => `${key},${serviceTypeId},REF/1,RECEIVED,2026-01-05T09:00:00+07:00`;

  const csvAttacks: Array<[string, () => Buffer | string]> = [
    ['unbalanced quotes', () => `${HEADER}\n"199001012015011001,"Nama tanpa tutup,MALE,1990-01-01,PNS,Staf,III/a,X,\n`],
    ['Latin-1 bytes (not UTF-8)', () => Buffer.concat([Buffer.from(`${HEADER}\n199001012015011001,Jos`), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(',MALE,1990-01-01,PNS,Staf,III/a,X,\n')])],
    ['UTF-16 with its BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n199001012015011001,Nama,MALE,1990-01-01,PNS,Staf,III/a,X,\n`, 'utf16le')])],
    ['a UTF-8 BOM and NUL bytes', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\n1990010120150\u0000011001,Na\u0000ma,MALE,1990-01-01,PNS,Staf,III/a,X,\n`)])],
    ['an enormous line (4 MB in one cell)', () => `${HEADER}\n199001012015011001,${'A'.repeat(4 * 1024 * 1024)},MALE,1990-01-01,PNS,Staf,III/a,X,\n`],
    ['only a header', () => `${HEADER}\n`],
    ['an empty file', () => ''],
    ['formula injection in an invalid row', () => `${HEADER}\n=1+1,=cmd|' /C calc'!A0,MALE,1990-01-01,PNS,@SUM(A1),+1,-1,\n`],
  ];

  it.each(csvAttacks)('employee import refuses a CSV with %s cleanly and stores nothing', async (_name, content) => {
    const before = await stored();
    expectCleanRefusal(await importFile(content(), 'pegawai.csv'));
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['unbalanced quotes', () => `idempotencyKey,serviceTypeId,reference,step,occurredAt\n"a,${serviceTypeId},REF/1,RECEIVED,2026-01-05T09:00:00+07:00\n`],
    ['a NUL byte in a key', () => `idempotencyKey,serviceTypeId,reference,step,occurredAt\n${eventLine('k\u00001')}\n`],
    ['NUL bytes', () => `idempotencyKey,serviceTypeId,reference,step,occurredAt\n${eventLine('k\u00001')}\n${eventLine('k2').replace('REF/1', 'REF\u0000/1')}\n`],
    ['a BOM and a 4 MB line', () => `\ufeffidempotencyKey,serviceTypeId,reference,step,occurredAt\n${eventLine('x'.repeat(4 * 1024 * 1024))}\n`],
    ['formula injection', () => `idempotencyKey,serviceTypeId,reference,step,occurredAt\n${eventLine('ok-1')}\n=cmd|' /C calc'!A0,${serviceTypeId},=HYPERLINK(1),RECEIVED,2026-01-05T09:00:00+07:00\n`],
    ['a wrong header', () => `a,b,c\n1,2,3\n`],
  ])('service-events import refuses a CSV with %s cleanly and stores nothing', async (_name, content) => {
    const before = await stored();
    expectCleanRefusal(await importEvents(content()));
    expect(await stored()).toEqual(before);
  });

  it('keeps formula-like text verbatim as text (exports defuse it, the pages never evaluate it)', async () => {
    const preview = await admin.upload<{ importEmployees: { preview: Array<{ name: string }> } }>(IMPORT, { agencyId, dryRun: true }, {
      file: new File([`${HEADER}\n199001012015011001,=HYPERLINK("http://x"),MALE,1990-01-01,PNS,Staf,III/a,X,\n`], 'pegawai.csv'),
    });
    expect(preview.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('INTERNAL');
  });

  it.each([
    ['random bytes', async () => Buffer.from(Array.from({ length: 40_000 }, (_, index) => (index * 7919 + 13) % 256))],
    ['a workbook cut in half', async () => (await realWorkbook()).subarray(0, 4000)],
    ['a zip without a workbook', async () => zip([entry('readme.txt', 'bukan workbook')])],
    ['a zip bomb (a sheet of 1 GiB)', () => zipBomb(GiB_IN_MiB)],
    ['a zip bomb that lies about its size', () => zipBomb(GiB_IN_MiB, 4096)],
  ])('employee import refuses an XLSX that is %s cleanly and stores nothing', async (name, content) => {
    const before = await stored();
    const outcome = await importFile(await content(), 'pegawai.xlsx');
    expectCleanRefusal(outcome);
    if (name.startsWith('a zip bomb')) expect(outcome.errors?.[0]?.message).toMatch(/expands to more than 64 MB/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a file over the import limit, and a body over the request limit before reading it', async () => {
    const before = await stored();
    const overImport = await importFile(Buffer.alloc(5.5 * 1024 * 1024, 'a'), 'pegawai.csv');
    expect(overImport.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.sessionCookie! },
      body: JSON.stringify({ query: EVENTS_CSV, variables: { csv: 'x'.repeat(BODY_LIMIT) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    // A body of no declared length (chunked) is refused too, before any of it is read.
    const chunked = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${server.url}/graphql`);
      const outgoing = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (incoming) => {
        incoming.resume();
        resolve(incoming.statusCode!);
      });
      outgoing.on('error', reject);
      outgoing.write('{"query":"{ __typename }"');
    });
    expect(chunked).toBe(411);
    expect(await stored()).toEqual(before);
  });
  // The shared file store (src/files/store.ts): no mutation uses it yet, so it is fed directly,
  // and what it stored is fetched the way a browser would.
  describe('the shared file store', () => {
    const PDF_HEAD = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    const store = async (bytes: Buffer | string, name: string) => {
      const prisma = server.app.database.prisma;
      const uploader = await prisma.user.findUniqueOrThrow({ where: { username: server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!.username }, select: { id: true } });
      const file = new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type: 'application/pdf' });
      return prisma.$transaction((tx) => storeFile(tx, { file, purpose: 'EVIDENCE', uploadedBy: uploader.id }));
    };

    it.each([
      ['HTML with a .pdf name', () => '<!doctype html><script>fetch("/graphql")</script>'],
      ['SVG with a .pdf name', () => '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['PDF bytes that start with a BOM and HTML', () => `\ufeff<html><body>${PDF_HEAD}</body></html>`],
      ['an XLSX zip bomb with a .pdf name', async () => zipBomb(64)],
      ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 31 + 7) % 256))],
      ['an executable (ELF)', () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)])],
    ])('refuses %s, storing nothing', async (_name, content) => {
      const before = await server.app.database.prisma.storedFile.count();
      await expect(store(await content(), 'laporan.pdf')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(await server.app.database.prisma.storedFile.count()).toBe(before);
    });

    it.each([
      ['a PDF that is also an HTML page (polyglot)', `${PDF_HEAD}<html><script>alert(document.cookie)</script></html>\n%%EOF\n`, 'application/pdf', 'x.html'],
      ['a PNG with a script appended', Buffer.concat([PNG, Buffer.from('<script>alert(1)</script>')]), 'image/png', 'x.pdf'],
      ['JPEG bytes named .pdf (wrong extension)', Buffer.concat([JPEG_HEAD, Buffer.alloc(200)]), 'image/jpeg', 'x.pdf'],
    ])('keeps %s only as an inert download of its real type', async (_name, bytes, mediaType, name) => {
      const stored = await store(bytes, name);
      expect(stored.mediaType).toBe(mediaType);
      expect(stored.name).toMatch(new RegExp(`\\.${mediaType === 'image/jpeg' ? 'jpg' : mediaType.split('/')[1]}$`));
      const response = await fetch(`${server.url}/files/${stored.id}`, { headers: { cookie: admin.sessionCookie! } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(mediaType);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/);
      expect((await fetch(`${server.url}/files/${stored.id}`)).status).toBe(404);
    });
  });
});

describe('a zip bomb against the real server process', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('refuses it without growing the process past a few hundred MB', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pantau-bomb-'));
    const started = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, 'no-web'), DEMO_DATA: 'small', LOG_LEVEL: 'error' });
    child = started.child;
    const accounts = JSON.parse(await readFile(join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; username: string; password: string }>;
    const account = accounts.find((candidate) => candidate.role === 'ADMIN')!;
    const admin = new GraphQLTestClient(started.url);
    await admin.login(account.username, account.password);
    const agencies = await admin.request<{ regions: { edges: Array<{ node: { agencies: { edges: Array<{ node: { id: string } }> } } }> } }>('{ regions(first: 1) { edges { node { agencies(first: 1) { edges { node { id } } } } } } }');
    const agencyId = agencies.data!.regions.edges[0]!.node.agencies.edges[0]!.node.id;
    const peak = async () => Number(/VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${child!.pid}/status`, 'utf8'))![1]) * 1024;
    const before = await peak();
    const bomb = await zipBomb(2 * GiB_IN_MiB, 4096);
    const outcome = (await admin.upload(IMPORT, { agencyId, dryRun: false }, { file: new File([new Uint8Array(bomb)], 'pegawai.xlsx') })) as Outcome;
    expect(outcome.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    const after = await peak();
    console.log(`zip bomb: ${bomb.length} bytes unpacking to 2 GiB; server peak RSS ${Math.round(before / 1048576)} MB before, ${Math.round(after / 1048576)} MB after`);
    expect(after - before).toBeLessThan(300 * 1024 * 1024);
  }, 300_000);
});
