// The NIP's parts before its sequence number: birth date (YYYYMMDD), TMT CPNS or PPPK appointment
// (YYYYMM) and sex (1 male, 2 female).
const pad = (value: number, length: number) => String(value).padStart(length, '0');

export function formatNipPrefix(birthDate: Date, appointmentYear: number, appointmentMonth: number, sex: 'MALE' | 'FEMALE'): string {
  return (
    `${birthDate.getUTCFullYear()}${pad(birthDate.getUTCMonth() + 1, 2)}${pad(birthDate.getUTCDate(), 2)}` +
    `${appointmentYear}${pad(appointmentMonth, 2)}` +
    (sex === 'MALE' ? '1' : '2')
  );
}
