// Recruitment transparency: applicants per opening, pass rates per stage, time to hire and the
// share of applications completed online, for a region's round. Public; a group (an opening, or
// the round) with fewer submitted applications than the publication threshold (setting
// publication.minimumGroupSize, `requests`) has its figures withheld from anyone but staff.
import { isStaff, type Context } from '../context.js';
import { notFound } from '../errors.js';
import type { ApplicationStatus } from '../generated/prisma/enums.js';
import { loadMinimumGroupSize } from '../service/publication.js';
import { builder } from './builder.js';
import { RecruitmentRoundNode } from './recruitment.js';
import { RegionNode } from './region.js';

const CHECKED: ApplicationStatus[] = ['ADMIN_REJECTED', 'ADMIN_PASSED', 'SKD_FAILED', 'SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED'];
const SKD_SCORED: ApplicationStatus[] = ['SKD_FAILED', 'SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED'];
const SKD_PASSED: ApplicationStatus[] = ['SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED'];
const ANNOUNCED: ApplicationStatus[] = ['PASSED', 'NOT_PASSED', 'HIRED'];
const SELECTED: ApplicationStatus[] = ['PASSED', 'HIRED'];

interface Row {
  status: ApplicationStatus;
  submittedAt: Date | null;
  hiredAt: Date | null;
  announcedAt: Date | null;
}

interface Figures {
  started: number;
  applicants: number;
  adminPassRate: number | null;
  skdPassRate: number | null;
  finalPassRate: number | null;
  hired: number;
  medianDaysToHire: number | null;
  onlineCompletionShare: number | null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const count = (rows: Row[], statuses: ApplicationStatus[]) => rows.filter((row) => statuses.includes(row.status)).length;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function figuresOf(rows: Row[]): Figures {
  const applicants = rows.filter((row) => row.status !== 'DRAFT').length;
  const checked = count(rows, CHECKED);
  return {
    started: rows.length,
    applicants,
    adminPassRate: share(checked - count(rows, ['ADMIN_REJECTED']), checked),
    skdPassRate: share(count(rows, SKD_PASSED), count(rows, SKD_SCORED)),
    finalPassRate: share(count(rows, SELECTED), count(rows, ANNOUNCED)),
    hired: count(rows, ['HIRED']),
    medianDaysToHire: median(rows.filter((row) => row.hiredAt && row.submittedAt).map((row) => (row.hiredAt!.getTime() - row.submittedAt!.getTime()) / 86_400_000)),
    onlineCompletionShare: share(applicants, rows.length),
  };
}

interface Group {
  figures: Figures;
  suppressed: boolean;
}

const FiguresRef = builder.objectRef<Group>('RecruitmentFigures').implement({
  description: 'A group’s figures; null when suppressed.',
  fields: (t) => {
    const int = (pick: (f: Figures) => number, description: string) => t.int({ nullable: true, description, resolve: (g) => (g.suppressed ? null : pick(g.figures)) });
    const float = (pick: (f: Figures) => number | null, description: string) => t.float({ nullable: true, description, resolve: (g) => (g.suppressed ? null : pick(g.figures)) });
    return {
      suppressed: t.boolean({ description: 'True when the group is below the publication threshold and its figures are withheld.', resolve: (g) => g.suppressed }),
      applicants: int((f) => f.applicants, 'Applications completed (submitted).'),
      adminPassRate: float((f) => f.adminPassRate, 'Share (0–1) passing the administrative check, of those checked.'),
      skdPassRate: float((f) => f.skdPassRate, 'Share (0–1) passing the SKD, of those scored.'),
      finalPassRate: float((f) => f.finalPassRate, 'Share (0–1) within the positions, of those ranked and announced.'),
      hired: int((f) => f.hired, 'Applicants appointed.'),
      medianDaysToHire: float((f) => f.medianDaysToHire, 'Median days from submission to appointment.'),
      onlineCompletionShare: float((f) => f.onlineCompletionShare, 'Share (0–1) of started applications completed online.'),
    };
  },
});

const OpeningMetricsRef = builder.objectRef<{ openingId: string; figures: Group }>('JobOpeningMetrics').implement({
  fields: (t) => ({
    opening: t.prismaField({ type: 'JobOpening', resolve: (query, g, _args, context) => context.prisma.jobOpening.findUniqueOrThrow({ ...query, where: { id: g.openingId } }) }),
    figures: t.field({ type: FiguresRef, resolve: (g) => g.figures }),
  }),
});

const RoundMetricsRef = builder.objectRef<{ roundId: string; total: Group; openings: Array<{ openingId: string; figures: Group }> }>('RecruitmentMetrics').implement({
  description: 'A round’s recruitment figures. Aggregates only; small groups are withheld from the public.',
  fields: (t) => ({
    round: t.prismaField({ type: 'RecruitmentRound', resolve: (query, g, _args, context) => context.prisma.recruitmentRound.findUniqueOrThrow({ ...query, where: { id: g.roundId } }) }),
    total: t.field({ type: FiguresRef, resolve: (g) => g.total }),
    openings: t.field({ type: [OpeningMetricsRef], resolve: (g) => g.openings }),
  }),
});

async function metricsOf(context: Context, roundId: string) {
  const [openings, minimum] = await Promise.all([
    context.prisma.jobOpening.findMany({
      where: { roundId },
      orderBy: [{ positionTitle: 'asc' }, { id: 'asc' }],
      select: { id: true, applications: { select: { status: true, submittedAt: true, hiredAt: true, announcedAt: true } } },
    }),
    loadMinimumGroupSize(context.prisma),
  ]);
  const group = (rows: Row[]): Group => {
    const figures = figuresOf(rows);
    return { figures, suppressed: !isStaff(context) && figures.applicants < minimum.requests };
  };
  return { roundId, total: group(openings.flatMap((opening) => opening.applications)), openings: openings.map((opening) => ({ openingId: opening.id, figures: group(opening.applications) })) };
}

builder.queryField('recruitmentMetrics', (t) =>
  t.field({
    type: RoundMetricsRef,
    nullable: true,
    description: 'A region’s recruitment figures for a round (by default its newest); null when the region has no round. Public.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), roundId: t.arg.globalID({ for: RecruitmentRoundNode }) },
    resolve: async (_parent, args, context) => {
      const round = await context.prisma.recruitmentRound.findFirst({
        where: { regionId: args.regionId.id, ...(args.roundId ? { id: args.roundId.id } : {}) },
        orderBy: [{ year: 'desc' }, { registrationOpens: 'desc' }],
        select: { id: true },
      });
      if (!round && args.roundId) throw notFound('The round', 'roundId');
      return round ? metricsOf(context, round.id) : null;
    },
  }),
);
