// Answers of a signed-in demo employee for the work pages' component tests.
export const me = { data: { me: { id: 'u1', username: 'pegawai', displayName: 'Siti Rahmawati', role: 'EMPLOYEE' } } };

export const workViewer = {
  data: {
    me: {
      id: 'u1',
      role: 'EMPLOYEE',
      employee: {
        id: 'E1',
        name: 'Siti Rahmawati',
        positionTitle: 'Analis Kependudukan',
        agency: { id: 'A1', region: { id: 'R1' } },
        superior: { id: 'E0', name: 'Budi Santoso', positionTitle: 'Kepala Seksi' },
      },
    },
  },
};

export const superiorRhk = [
  { id: 'P1', kind: 'UTAMA', title: 'Layanan KTP-el tepat waktu' },
  { id: 'P2', kind: 'UTAMA', title: 'Pemutakhiran data penduduk' },
];

export function mySkp(skp: object | null) {
  return {
    data: {
      me: {
        id: 'u1',
        employee: {
          id: 'E1',
          skp,
          superior: { id: 'E0', skp: { id: 'S0', status: 'APPROVED', rhk: superiorRhk } },
          agency: { id: 'A1', performanceYear: { id: 'Y1' } },
        },
      },
    },
  };
}

export const draftSkp = { id: 'S1', status: 'DRAFT', returnReason: null, submittedAt: null, decidedAt: null, rhk: [] };

/** The error text linked to a control through aria-describedby. */
export function describedError(control: HTMLElement): string | null | undefined {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((element) => element?.className === 'field__error')?.textContent;
}
