// IKM survey answers from citizens: anonymous, nine scores from 1 to 4 per PermenPANRB 14/2017.
// Each answer is added to its day's maintained sums in the same transaction.
import { IKM_ELEMENT_CODES, localDateOf } from '@pantau/shared';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import { notFound } from '../errors.js';
import { utcOffsetOf } from '../service/calendar.js';
import { addSurveyResponseToAggregates } from '../service/ikm.js';
import { builder } from './builder.js';
import { ServiceTypeNode } from './service-catalogue.js';

const SubmitSurveyResponseInput = builder.inputType('SubmitSurveyResponseInput', {
  fields: (t) => ({
    serviceTypeId: t.globalID({ required: true, for: ServiceTypeNode }),
    scores: t.intList({
      required: true,
      description: `One score from 1 to 4 per element, in the order ${IKM_ELEMENT_CODES.join(', ')}.`,
      validate: z.array(z.number().int().min(1, 'each score is 1 to 4').max(4, 'each score is 1 to 4')).length(IKM_ELEMENT_CODES.length, `needs ${IKM_ELEMENT_CODES.length} scores`),
    }),
    comment: t.string({ validate: z.string().trim().max(2000, 'must be at most 2,000 characters') }),
  }),
});

builder.mutationField('submitSurveyResponse', (t) =>
  t.boolean({
    description: 'Records one citizen’s IKM survey answer for a service. Open to anyone; the comment is never published.',
    args: { input: t.arg({ type: SubmitSurveyResponseInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const serviceTypeId = input.serviceTypeId.id;
      const service = await context.prisma.serviceType.findUnique({
        where: { id: serviceTypeId },
        select: { agencyId: true, agency: { select: { regionId: true, region: { select: { timeZone: true } } } } },
      });
      if (!service) throw notFound('The service type', 'input.serviceTypeId');
      const submittedAt = new Date();
      const scope = { agencyId: service.agencyId, serviceTypeId, regionId: service.agency.regionId };
      await context.prisma.$transaction(async (tx) => {
        const created = await tx.surveyResponse.create({
          data: { agencyId: service.agencyId, serviceTypeId, submittedAt, scores: input.scores, comment: input.comment || null },
          select: { id: true },
        });
        await addSurveyResponseToAggregates(tx, scope, localDateOf(submittedAt, utcOffsetOf(service.agency.region.timeZone)), input.scores);
        await recordAudit(tx, context.viewer, { action: 'survey.submit', entityType: 'SurveyResponse', entityId: created.id, after: { serviceTypeId } });
      });
      context.live.announce([scope]);
      return true;
    },
  }),
);
