// The shared upload store: what it accepts, and how /files/:id serves what it stored. Each
// purpose's own rule (who besides the uploader may download) is tested with that purpose's module.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { cleanFileName, storeFile, UPLOAD_MAX_BYTES } from '../src/files/store.js';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(await testDatabases())('uploaded files on the %s database', (database) => {
  let server: TestServer;
  const users: Record<'owner' | 'other', { id: string; client: GraphQLTestClient }> = {} as never;

  beforeAll(async () => {
    server = await startTestServer({ database, demo: 'off' });
    const prisma = server.app.database.prisma;
    for (const name of ['owner', 'other'] as const) {
      const password = `${name}-Pa55word-long-enough`;
      const user = await prisma.user.create({
        data: { username: `files.${name}`, displayName: name, role: 'EMPLOYEE', passwordHash: await hashPassword(password) },
      });
      const client = new GraphQLTestClient(server.url);
      await client.login(user.username, password);
      users[name] = { id: user.id, client };
    }
  }, 120_000);
  afterAll(() => server?.close());

  const store = (file: File) =>
    server.app.database.prisma.$transaction((tx) => storeFile(tx, { file, purpose: 'EVIDENCE', uploadedBy: users.owner.id }));
  const download = (id: string, client?: GraphQLTestClient) =>
    fetch(`${server.url}/files/${id}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

  it('stores a PDF with the type read from its content and a cleaned name', async () => {
    const stored = await store(new File([PDF], '../../etc/Laporan\u202eFDP.exe', { type: 'text/html' }));
    expect(stored).toMatchObject({ mediaType: 'application/pdf', size: PDF.byteLength, name: 'LaporanFDP.pdf' });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['HTML named .pdf', new File(['<html><script>alert(1)</script></html>'], 'evil.pdf', { type: 'application/pdf' })],
    ['SVG (can carry script)', new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'a.png', { type: 'image/png' })],
    ['an empty file', new File([], 'empty.pdf')],
    ['a ZIP', new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)])], 'a.pdf')],
  ])('refuses %s with an error naming the field, storing nothing', async (_label, file) => {
    const before = await server.app.database.prisma.storedFile.count();
    await expect(store(file)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await server.app.database.prisma.storedFile.count()).toBe(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new File([PNG, new Uint8Array(UPLOAD_MAX_BYTES)], 'big.png');
    await expect(store(big)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('5 MiB') });
  });

  it('serves a file to its uploader as an inert attachment', async () => {
    const stored = await store(new File([PNG], 'bukti kegiatan.png'));
    const response = await download(stored.id, users.owner.client);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="bukti kegiatan.png"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it('answers 404 alike for a missing file, another account and an anonymous visitor', async () => {
    const stored = await store(new File([PNG], 'mine.png'));
    for (const [id, client] of [
      [stored.id, users.other.client],
      [stored.id, undefined],
      ['does-not-exist', users.owner.client],
      ['..%2F..%2Fetc%2Fpasswd', users.owner.client],
    ] as const) {
      const response = await download(id, client);
      expect(response.status, `${id} as ${client ? 'signed in' : 'anonymous'}`).toBe(404);
      expect(await response.text()).toBe('Not found\n');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const stored = await store(new File([PNG], 'x.png'));
    const response = await fetch(`${server.url}/files/${stored.id}`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(await server.app.database.prisma.storedFile.count({ where: { id: stored.id } })).toBe(1);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['C:\\Users\\budi\\SK Kenaikan.pdf', 'pdf', 'SK Kenaikan.pdf'],
    ['report.PNG.exe', 'png', 'report.PNG.png'],
    ['\u0000\u001f.pdf', 'pdf', 'file.pdf'],
    ['a'.repeat(500) + '.jpg', 'jpg', 'a'.repeat(196) + '.jpg'],
  ])('%j as %s → %j', (name, extension, expected) => {
    expect(cleanFileName(name, extension)).toBe(expected);
  });
});
