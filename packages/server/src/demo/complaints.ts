// Demo complaints for every region over the two years of service history: mostly pengaduan, some
// aspirasi and information requests, a few whistle-blowing reports; older ones answered and
// closed (some late), recent ones still moving. Kota Serang's LEADER handles its WBS reports.
import { randomUUID } from 'node:crypto';
import { Faker, base } from '@faker-js/faker';
import {
  addWorkingDays,
  COMPLAINT_SEVERITIES,
  complaintDueDate,
  complaintVerificationDueDate,
  DEFAULT_COMPLAINT_DEADLINE_DAYS,
  localDateOf,
  toHolidaySet,
  type ComplaintSeverity,
  type ComplaintStatus,
  type ComplaintType,
} from '@pantau/shared';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { DemoSize } from './employees.js';

const PER_REGION: Record<DemoSize, number> = { small: 80, large: 1500 };
const DAY_MS = 86_400_000;
const SUBJECTS: Record<ComplaintType, string[]> = {
  PENGADUAN: ['Antrean perekaman KTP-el terlalu panjang', 'Blangko KTP-el habis berminggu-minggu', 'Jalan berlubang belum diperbaiki', 'Lampu penerangan jalan mati', 'Petugas meminta biaya tambahan'],
  ASPIRASI: ['Usul layanan Dukcapil keliling di kelurahan', 'Usul jam layanan sampai sore', 'Usul taman bermain anak'],
  PERMINTAAN_INFORMASI: ['Syarat pembuatan akta kelahiran', 'Jadwal pelayanan di hari Sabtu', 'Cara mengurus surat pindah'],
  WBS: ['Dugaan pungutan liar di loket pelayanan', 'Dugaan penyalahgunaan anggaran kegiatan'],
};

export async function seedComplaintDemo(prisma: PrismaClient, regions: Array<{ id: string; code: string }>, size: DemoSize, seed: number, now = new Date()): Promise<void> {
  const faker = new Faker({ locale: [base] });
  faker.seed(seed);
  const holidays = toHolidaySet((await prisma.holiday.findMany({ where: { regionId: regions[0]!.id }, select: { date: true } })).map((row) => row.date.toISOString().slice(0, 10)));
  const today = localDateOf(now);
  const rows: Prisma.ComplaintCreateManyInput[] = [];
  for (const region of regions) {
    const agencies = await prisma.agency.findMany({ where: { regionId: region.id }, select: { id: true } });
    for (let index = 0; index < PER_REGION[size]; index += 1) {
      const type = faker.helpers.weightedArrayElement<ComplaintType>([
        { value: 'PENGADUAN', weight: 55 },
        { value: 'ASPIRASI', weight: 20 },
        { value: 'PERMINTAAN_INFORMASI', weight: 20 },
        { value: 'WBS', weight: 5 },
      ]);
      const submittedAt = new Date(now.getTime() - faker.number.float({ min: 0.05, max: 730 }) * DAY_MS);
      const submittedDay = localDateOf(submittedAt);
      const severity = faker.helpers.arrayElement<ComplaintSeverity>(COMPLAINT_SEVERITIES);
      const dueDate = complaintDueDate(submittedDay, severity, holidays);
      // Answered after about the deadline's length, sometimes later (a fifth is late).
      const deadlineDays = DEFAULT_COMPLAINT_DEADLINE_DAYS[severity];
      const resolutionDays = Math.max(1, Math.round(deadlineDays * faker.number.float({ min: 0.3, max: 1.4 })));
      const answeredDay = addWorkingDays(submittedDay, resolutionDays, holidays);
      const answered = answeredDay <= today;
      const status: ComplaintStatus = answered
        ? faker.number.float() < 0.9
          ? 'CLOSED'
          : 'ANSWERED'
        : faker.helpers.arrayElement<ComplaintStatus>(['SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'DISPOSITIONED', 'POSTPONED']);
      const verified = status !== 'SUBMITTED';
      const dispositioned = !['SUBMITTED', 'VERIFIED'].includes(status);
      const answeredAt = answered ? new Date(`${answeredDay}T10:00:00+07:00`) : null;
      // Verified one to three working days after submission; one in seven a day late.
      const verifiedDay = addWorkingDays(submittedDay, index % 7 === 0 ? 4 : 1 + (index % 3), holidays);
      const verifiedAt = verified ? new Date(Math.min(now.getTime(), Date.parse(`${verifiedDay}T09:00:00+07:00`))) : null;
      rows.push({
        id: randomUUID(),
        trackingCode: `LPR-DEMO${region.code.replace('.', '')}${String(index).padStart(5, '0')}`,
        regionId: region.id,
        agencyId: dispositioned ? faker.helpers.arrayElement(agencies).id : null,
        type,
        severity,
        status,
        title: faker.helpers.arrayElement(SUBJECTS[type]),
        body: 'Laporan warga (data demo).',
        answer: answered ? 'Terima kasih atas laporannya; sudah kami tindak lanjuti.' : null,
        submittedAt,
        dueDate: verified ? new Date(`${dueDate}T00:00:00Z`) : null,
        verificationDueDate: new Date(`${complaintVerificationDueDate(submittedDay, holidays)}T00:00:00Z`),
        verifiedAt,
        answeredAt,
        finishedAt: status === 'CLOSED' ? answeredAt : null,
        resolutionDays: answered ? resolutionDays : null,
      });
    }
  }
  await prisma.complaint.createMany({ data: rows });
  const serang = regions.find((region) => region.code === '36.73');
  const handler = await prisma.user.findUnique({ where: { username: 'walikota.serang' }, select: { id: true } });
  if (serang && handler) await prisma.wbsHandler.create({ data: { userId: handler.id, regionId: serang.id } });
}
