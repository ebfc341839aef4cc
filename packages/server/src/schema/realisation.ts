// Realisasi per period and indicator with evidence (bukti dukung) as a link, and the continuous
// feedback thread (umpan balik) on an RHK in a period.
import { z } from 'zod';
import { canDownloadFilesOf, canViewPerformanceOf } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { registerFileAccess, storeFile } from '../files/store.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { assertPeriodOpen, EvaluationPeriodNode } from './performance-period.js';
import { assertOwner, loadSkp, RhkIndicatorNode, RhkNode } from './skp.js';

builder.prismaObject('Realisation', {
  description: 'The realised value of one indicator in one period, with its evidence.',
  fields: (t) => ({
    value: t.exposeFloat('value'),
    evidenceUrl: t.exposeString('evidenceUrl', { nullable: true, description: 'An http(s) link to the evidence (bukti dukung).' }),
    evidenceFile: t.relation('evidenceFile', { nullable: true, description: 'The uploaded evidence: downloadable by the employee, their superiors and their agency’s administrator.' }),
    note: t.exposeString('note', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    period: t.relation('period'),
    indicator: t.relation('indicator'),
  }),
});

builder.prismaObject('RhkFeedback', {
  description: 'One message of the feedback thread (umpan balik) on an RHK in a period.',
  fields: (t) => ({
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    authorName: t.string({ select: { author: { select: { displayName: true } } }, resolve: (feedback) => feedback.author.displayName }),
    period: t.relation('period'),
  }),
});

builder.prismaObjectFields(RhkIndicatorNode, (t) => ({
  realisations: t.relation('realisations', {
    description: 'Realised values by period: for the employee, their superiors, and their agency’s administrators and region’s leaders.',
    authScopes: (indicator, _args, context) => canViewPerformanceOf(context, indicator.rhk.skp.employee),
    query: { orderBy: { period: { index: 'asc' } } },
  }),
}));

builder.prismaObjectFields(RhkNode, (t) => ({
  feedback: t.relation('feedback', {
    description: 'The feedback thread on this RHK in one period, oldest first.',
    args: { periodId: t.arg.globalID({ required: true, for: EvaluationPeriodNode }) },
    authScopes: (rhk, _args, context) => canViewPerformanceOf(context, rhk.skp.employee),
    query: (args) => ({ where: { periodId: args.periodId.id }, orderBy: { createdAt: 'asc' } }),
  }),
}));

/** The period, which must belong to the SKP's performance year and be open. */
export async function openPeriodOfYear(context: Context, periodId: string, yearId: string, field: string) {
  const period = await context.prisma.evaluationPeriod.findUnique({ where: { id: periodId }, select: { id: true, yearId: true, status: true, code: true } });
  if (!period || period.yearId !== yearId) throw new AppError('BAD_USER_INPUT', 'The period is not one of this SKP’s year.', field);
  assertPeriodOpen(period, field);
  return period;
}

/** A link to evidence elsewhere: http or https only (never javascript: or data:). */
export const httpLink = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .url('must be a link such as https://…')
  .refine((url) => /^https?:\/\//i.test(url), 'must start with http:// or https://');

const RecordRealisationInput = builder.inputType('RecordRealisationInput', {
  fields: (t) => ({
    indicatorId: t.globalID({ required: true, for: RhkIndicatorNode }),
    periodId: t.globalID({ required: true, for: EvaluationPeriodNode }),
    value: t.float({ required: true, validate: z.number().min(0, 'must not be negative').max(1e9, 'is too large') }),
    evidenceUrl: t.string({ description: 'A link to the evidence; http or https only.', validate: httpLink }),
    evidenceFile: t.field({ type: 'File', description: 'An evidence file (PDF, PNG or JPEG, at most 5 MiB); replaces an earlier upload.' }),
    note: t.string({ validate: z.string().trim().max(2000, 'must be at most 2000 characters') }),
  }),
});

// Evidence files: the employee, their superiors and their agency's administrator.
registerFileAccess('EVIDENCE', async (context, fileId) => {
  const realisation = await context.prisma.realisation.findUnique({
    where: { evidenceFileId: fileId },
    select: { indicator: { select: { rhk: { select: { skp: { select: { employee: { select: { id: true, agencyId: true } } } } } } } } },
  });
  return realisation !== null && canDownloadFilesOf(context, realisation.indicator.rhk.skp.employee);
});

const AddFeedbackInput = builder.inputType('AddFeedbackInput', {
  fields: (t) => ({
    rhkId: t.globalID({ required: true, for: RhkNode }),
    periodId: t.globalID({ required: true, for: EvaluationPeriodNode }),
    body: t.string({ required: true, validate: z.string().trim().min(2, 'is too short').max(4000, 'must be at most 4000 characters') }),
  }),
});

builder.mutationFields((t) => ({
  recordRealisation: t.prismaField({
    type: 'Realisation',
    description: 'Records (or corrects) the realised value of one of the viewer’s indicators in an open period of an APPROVED SKP.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RecordRealisationInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const indicator = await context.prisma.rhkIndicator.findUnique({ where: { id: input.indicatorId.id }, select: { id: true, rhk: { select: { skpId: true } } } });
      if (!indicator) throw notFound('The indicator', 'input.indicatorId');
      const skp = await loadSkp(context, indicator.rhk.skpId, 'input.indicatorId');
      assertOwner(context, skp.employee, 'input.indicatorId');
      if (skp.status !== 'APPROVED') throw new AppError('INVALID_STATE', `The SKP is ${skp.status}; realisations are recorded against an APPROVED SKP.`, 'input.indicatorId');
      const period = await openPeriodOfYear(context, input.periodId.id, skp.year.id, 'input.periodId');
      const key = { indicatorId_periodId: { indicatorId: indicator.id, periodId: period.id } };
      const before = await context.prisma.realisation.findUnique({ where: key, select: { value: true, evidenceUrl: true, evidenceFileId: true, note: true } });
      const values = { value: input.value, evidenceUrl: input.evidenceUrl ?? null, note: input.note ?? null };
      let evidence: { id: string; sha256: string } | null = null;
      return commit(
        context,
        async (tx) => {
          if (input.evidenceFile) {
            evidence = await storeFile(tx, { file: input.evidenceFile, purpose: 'EVIDENCE', uploadedBy: context.viewer!.userId, field: 'input.evidenceFile' });
            // The replaced upload goes with the realisation's old evidence.
            if (before?.evidenceFileId) await tx.storedFile.delete({ where: { id: before.evidenceFileId } });
          }
          const data = { ...values, ...(evidence ? { evidenceFileId: evidence.id } : {}) };
          return tx.realisation.upsert({ ...query, where: key, create: { indicatorId: indicator.id, periodId: period.id, ...data }, update: data });
        },
        (row) => ({
          action: 'realisation.record',
          entityType: 'Realisation',
          entityId: row.id,
          before: before ?? {},
          after: { ...values, ...(evidence ? { evidenceFileId: evidence.id, evidenceSha256: evidence.sha256 } : {}) },
        }),
        { unitId: skp.employee.unitId, employeeId: skp.employee.id },
      );
    },
  }),
  addFeedback: t.prismaField({
    type: 'RhkFeedback',
    description: 'Adds to the feedback thread of an RHK in an open period: the direct superior gives feedback, the employee answers.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddFeedbackInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const rhk = await context.prisma.rhk.findUnique({ where: { id: input.rhkId.id }, select: { id: true, skpId: true } });
      if (!rhk) throw notFound('The RHK', 'input.rhkId');
      const skp = await loadSkp(context, rhk.skpId, 'input.rhkId');
      const viewerEmployee = context.viewer!.employeeId;
      if (viewerEmployee === null || (viewerEmployee !== skp.employee.id && viewerEmployee !== skp.employee.superiorId)) {
        throw new AppError('FORBIDDEN', 'Only the employee and their direct superior take part in the feedback thread.', 'input.rhkId');
      }
      const period = await openPeriodOfYear(context, input.periodId.id, skp.year.id, 'input.periodId');
      const data = { rhkId: rhk.id, periodId: period.id, authorId: context.viewer!.userId, body: input.body };
      return commit(
        context,
        (tx) => tx.rhkFeedback.create({ ...query, data }),
        (created) => ({ action: 'feedback.create', entityType: 'RhkFeedback', entityId: created.id, after: data }),
      );
    },
  }),
}));
