import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';

const me = { data: { me: { id: 'u1', username: 'admin.disdukcapil', displayName: 'Admin Disdukcapil', role: 'AGENCY_ADMIN' } } };
const viewer = { data: { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } } };
const kpi = {
  id: 'K1',
  code: 'IKU-01',
  name: 'Cakupan KTP-el',
  definition: 'Penduduk wajib KTP yang telah memiliki KTP-el.',
  unit: 'persen',
  formula: 'pemilik KTP-el ÷ wajib KTP × 100',
  cadence: 'SEMESTER',
  direction: 'HIGHER_IS_BETTER',
  dataProducer: 'Bidang PIAK',
  source: 'MANUAL',
  serviceType: null,
  periods: [
    { period: '2026-S1', target: 95, value: 93.1, achievement: 98 },
    { period: '2026-S2', target: 96, value: null, achievement: null },
  ],
};
const automatic = { ...kpi, id: 'K2', code: 'IKU-02', name: 'Layanan tepat waktu', source: 'SERVICE_WITHIN_STANDARD_SHARE', serviceType: { id: 'S1', name: 'Akta kelahiran' }, periods: [] };
const kpis = { data: { agency: { id: 'A1', name: 'Disdukcapil', serviceTypes: [{ id: 'S1', name: 'Akta kelahiran' }], kpis: [kpi, automatic] } } };

describe('agency indicators', { timeout: 20_000 }, () => {
  it('lists indicators with target, latest value and achievement; sets a target and reports a value', async () => {
    const targets: unknown[] = [];
    const values: unknown[] = [];
    renderApp({
      path: '/admin/iku',
      responses: {
        Me: me,
        AdminViewer: viewer,
        AgencyKpiAdmin: kpis,
        SetKpiTarget: (variables) => {
          targets.push(variables);
          return { data: { setKpiTarget: true } };
        },
        ReportKpiValue: (variables) => {
          values.push(variables);
          return values.length === 1
            ? { error: new CombinedError({ graphQLErrors: [{ message: 'must not be negative', extensions: { code: 'BAD_USER_INPUT', field: 'value' } }] }) }
            : { data: { reportKpiValue: true } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Indikator kinerja utama (IKU)' }, { timeout: 10_000 });
    const row = screen.getByRole('row', { name: /Cakupan KTP-el/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['IKU-01', '2026-S1', '95 persen', '93,1 persen', '98%', expect.any(String)]);
    // Automatic indicators take no reported values.
    const auto = screen.getByRole('row', { name: /Layanan tepat waktu/ });
    expect(within(auto).queryByRole('button', { name: /Laporkan realisasi/ })).toBeNull();

    const user = userEvent.setup();
    await user.click(within(row).getByRole('button', { name: 'Tetapkan target: IKU-01' }));
    let form = screen.getByRole('form', { name: 'Target IKU-01 Cakupan KTP-el' });
    await user.selectOptions(within(form).getByLabelText('Periode'), '2026-S2');
    await user.type(within(form).getByLabelText('Target (persen)'), '0');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(document.getElementById('kpi-target-figure-error')?.textContent).toBe('Target harus lebih dari nol.');
    await user.clear(within(form).getByLabelText('Target (persen)'));
    await user.type(within(form).getByLabelText('Target (persen)'), '96,5');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(targets).toEqual([{ kpiId: 'K1', period: '2026-S2', target: 96.5 }]));
    expect(await screen.findByText('Target IKU-01 untuk 2026-S2 tersimpan.')).toBeTruthy();

    await user.click(within(screen.getByRole('row', { name: /Cakupan KTP-el/ })).getByRole('button', { name: 'Laporkan realisasi: IKU-01' }));
    form = screen.getByRole('form', { name: 'Realisasi IKU-01 Cakupan KTP-el' });
    expect((within(form).getByLabelText('Periode') as HTMLSelectElement).value).toBe('2026-S1');
    await user.type(within(form).getByLabelText('Realisasi (persen)'), 'banyak');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(document.getElementById('kpi-value-figure-error')?.textContent).toBe('Isi angka, misalnya 98,5.');
    await user.clear(within(form).getByLabelText('Realisasi (persen)'));
    await user.type(within(form).getByLabelText('Realisasi (persen)'), '94');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(values).toHaveLength(1));
    // The server's refusal of the value lands on the value field.
    await waitFor(() => expect(within(form).getByLabelText('Realisasi (persen)').getAttribute('aria-invalid')).toBe('true'));
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(values).toEqual([{ kpiId: 'K1', period: '2026-S1', value: 94 }, { kpiId: 'K1', period: '2026-S1', value: 94 }]));
    expect(await screen.findByText('Realisasi IKU-01 untuk 2026-S1 tersimpan.')).toBeTruthy();
  });

  it('creates an indicator, fed automatically from one service', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/iku',
      language: 'en',
      responses: {
        Me: me,
        AdminViewer: viewer,
        AgencyKpiAdmin: kpis,
        CreateKpi: (variables) => {
          sent.push(variables as { input: Record<string, unknown> });
          return sent.length === 1
            ? { error: new CombinedError({ graphQLErrors: [{ message: 'The agency already has an indicator with code IKU-01.', extensions: { code: 'CONFLICT', field: 'input.code' } }] }) }
            : { data: { createKpi: { id: 'K3', code: 'IKU-03', name: 'Akta tepat waktu' } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an indicator' }, { timeout: 10_000 }));
    const form = screen.getByRole('form', { name: 'New indicator' });
    await user.click(within(form).getByRole('button', { name: 'Save indicator' }));
    expect(within(form).getByLabelText('Indicator name').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    await user.type(within(form).getByLabelText('Code'), 'IKU-01');
    await user.type(within(form).getByLabelText('Indicator name'), 'Akta tepat waktu');
    await user.type(within(form).getByLabelText('Definition'), 'Akta kelahiran selesai dalam standar waktu.');
    await user.type(within(form).getByLabelText('Formula'), 'tepat waktu ÷ selesai × 100');
    await user.type(within(form).getByLabelText('Unit'), 'persen');
    await user.selectOptions(within(form).getByLabelText('Measured'), 'QUARTERLY');
    await user.type(within(form).getByLabelText('Data producer'), 'Bidang Capil');
    expect(within(form).queryByLabelText('Service')).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Source of values'), 'SERVICE_WITHIN_STANDARD_SHARE');
    await user.selectOptions(within(form).getByLabelText('Service'), 'S1');
    await user.click(within(form).getByRole('button', { name: 'Save indicator' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toEqual({
      agencyId: 'A1',
      code: 'IKU-01',
      name: 'Akta tepat waktu',
      definition: 'Akta kelahiran selesai dalam standar waktu.',
      unit: 'persen',
      formula: 'tepat waktu ÷ selesai × 100',
      cadence: 'QUARTERLY',
      direction: 'HIGHER_IS_BETTER',
      dataProducer: 'Bidang Capil',
      source: 'SERVICE_WITHIN_STANDARD_SHARE',
      serviceTypeId: 'S1',
    });
    await waitFor(() => expect(document.getElementById('kpi-code-error')?.textContent).toBe('This conflicts with existing data.'));
    await user.clear(within(form).getByLabelText('Code'));
    await user.type(within(form).getByLabelText('Code'), 'IKU-03');
    await user.click(within(form).getByRole('button', { name: 'Save indicator' }));
    expect(await screen.findByText('Indicator IKU-03 created.')).toBeTruthy();
  });
});
