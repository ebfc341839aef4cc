// Synthetic NIP (Nomor Induk Pegawai), well-formed like a real one: birth date (YYYYMMDD),
// TMT CPNS (YYYYMM), sex (1 male, 2 female) and a three-digit sequence. NI PPPK has the same
// shape, with the PPPK appointment instead of TMT CPNS. The numbers are invented: any match
// with a real civil servant's NIP is chance.
import type { Faker } from '@faker-js/faker';
import { formatNipPrefix } from '../organisation/nip.js';
import type { PersonSex } from './names.js';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** Hands out NIPs unique across the whole data set. */
export class NipRegistry {
  private readonly issued = new Set<string>();

  issue(f: Faker, birthDate: Date, appointmentYear: number, appointmentMonth: number, sex: PersonSex): string {
    const prefix = formatNipPrefix(birthDate, appointmentYear, appointmentMonth, sex);
    // Exactly one random draw per NIP, so a collision never shifts the rest of the sequence.
    let sequence = f.number.int({ min: 1, max: 150 });
    for (let attempt = 0; attempt < 999; attempt += 1) {
      const nip = `${prefix}${pad(sequence, 3)}`;
      if (!this.issued.has(nip)) {
        this.issued.add(nip);
        return nip;
      }
      sequence = (sequence % 999) + 1;
    }
    throw new Error(`All 999 NIP sequence numbers for ${prefix} are taken`);
  }

  get size(): number {
    return this.issued.size;
  }
}
