import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { describedError, draftSkp, me, mySkp, workViewer } from '../test/fixtures';

const graphQLError = (code: string, field: string, message = 'refused') => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code, field } }] }) });

async function openSkp(responses: Record<string, unknown>) {
  renderApp({ path: '/kinerja/skp?tahun=2026', responses: { Me: me, WorkViewer: workViewer, ...responses } });
  // The first render compiles the lazily loaded page: give it longer on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'SKP saya 2026' }, { timeout: 10_000 });
  return userEvent.setup();
}

describe('my SKP', { timeout: 20_000 }, () => {
  it('is in the navigation for employees, and says in Indonesian why an SKP cannot be drafted yet', async () => {
    const user = await openSkp({ MySkp: mySkp(null), CreateSkp: graphQLError('SUPERIOR_SKP_MISSING', 'input.year', 'Your superior has no SKP for 2026 yet') });
    expect(screen.getByRole('link', { name: 'Kinerja saya' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Buat SKP 2026' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Atasan Anda belum membuat SKP untuk tahun ini.');
  });

  it('checks an RHK as the user types and links the superior’s RHK from a picker', async () => {
    const sent: unknown[] = [];
    const user = await openSkp({
      MySkp: mySkp(draftSkp),
      AddRhk: (variables: unknown) => {
        sent.push(variables);
        return { data: { addRhk: { id: 'R1', kind: 'UTAMA', title: 'Perekaman KTP-el' } } };
      },
    });
    const form = screen.getByRole('form', { name: 'Tambah RHK' });
    const title = within(form).getByLabelText('Rencana hasil kerja (RHK)');
    await user.type(title, 'KTP');
    await user.tab();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(title)).toBe('Minimal 5 karakter.');
    await user.type(title, '-el rekam');
    expect(describedError(title)).toBeUndefined();

    // A main RHK must support one of the superior's; the picker lists exactly those.
    await user.click(within(form).getByRole('button', { name: 'Tambah RHK' }));
    const parent = within(form).getByLabelText('RHK atasan yang didukung');
    expect(describedError(parent)).toBe('RHK utama harus mendukung salah satu RHK atasan.');
    expect(within(parent).getAllByRole('option').map((option) => option.textContent)).toEqual(['Pilih RHK atasan', 'Layanan KTP-el tepat waktu', 'Pemutakhiran data penduduk']);
    expect(sent).toEqual([]);
    await user.selectOptions(parent, 'P2');
    await user.click(within(form).getByRole('button', { name: 'Tambah RHK' }));
    await waitFor(() => expect(sent).toEqual([{ input: { skpId: 'S1', kind: 'UTAMA', title: 'KTP-el rekam', parentRhkId: 'P2' } }]));
    // The form empties for the next RHK.
    await waitFor(() => expect((title as HTMLInputElement).value).toBe(''));
  });

  it('puts the server’s field error next to the field it names', async () => {
    const user = await openSkp({ MySkp: mySkp(draftSkp), AddRhk: graphQLError('BAD_USER_INPUT', 'input.parentRhkId') });
    const form = screen.getByRole('form', { name: 'Tambah RHK' });
    await user.type(within(form).getByLabelText('Rencana hasil kerja (RHK)'), 'Perekaman KTP-el');
    await user.selectOptions(within(form).getByLabelText('RHK atasan yang didukung'), 'P1');
    await user.click(within(form).getByRole('button', { name: 'Tambah RHK' }));
    const parent = within(form).getByLabelText('RHK atasan yang didukung');
    await waitFor(() => expect(describedError(parent)).toBe('Isian ini tidak valid.'));
    // Announced: the error sits in a live region.
    expect(document.getElementById(`${parent.id}-error`)?.getAttribute('aria-live')).toBe('polite');
  });

  it('checks an indicator’s target the Indonesian way and shows a returned plan’s reason', async () => {
    const returned = {
      ...draftSkp,
      status: 'RETURNED',
      returnReason: 'Target kuantitas terlalu rendah, mohon dinaikkan.',
      rhk: [{ id: 'R1', kind: 'UTAMA', title: 'Perekaman KTP-el', parentRhk: { id: 'P1', title: 'Layanan KTP-el tepat waktu' }, indicators: [] }],
    };
    const sent: unknown[] = [];
    const user = await openSkp({
      MySkp: mySkp(returned),
      AddIndicator: (variables: unknown) => {
        sent.push(variables);
        return { data: { addIndicator: { id: 'I1' } } };
      },
    });
    expect(screen.getByText('Target kuantitas terlalu rendah, mohon dinaikkan.')).toBeTruthy();
    expect(screen.getByText('Dikembalikan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajukan kembali' })).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Tambah indikator' });
    const target = within(form).getByLabelText('Target');
    await user.type(target, '12.5');
    await user.tab();
    expect(describedError(target)).toBe('Isi dengan angka, misalnya 12,5.');
    await user.clear(target);
    await user.type(target, '0');
    expect(describedError(target)).toBe('Harus lebih dari 0.');
    await user.clear(target);
    await user.type(target, '1.250,5');
    expect(describedError(target)).toBeUndefined();
    await user.type(within(form).getByLabelText('Satuan'), 'dokumen');
    await user.type(within(form).getByLabelText('Indikator kinerja individu'), 'Dokumen KTP-el yang direkam');
    await user.click(within(form).getByRole('button', { name: 'Tambah indikator' }));
    await waitFor(() => expect(sent).toEqual([{ input: { rhkId: 'R1', aspect: 'QUANTITY', description: 'Dokumen KTP-el yang direkam', target: 1250.5, unit: 'dokumen' } }]));
  });
});
