// What the public may see: groups smaller than these sizes are suppressed for anonymous visitors
// (UU 27/2022: aggregates must not identify a person). A setting, changeable per installation.
import { z } from 'zod';
import type { Db } from './calendar.js';

export const PUBLICATION_SETTING = 'publication.minimumGroupSize';

const schema = z.object({
  /** Requests (received or completed) a group needs before its service figures are public. */
  requests: z.number().int().min(1),
  /** Survey responses an IKM needs before it is public. */
  surveyResponses: z.number().int().min(1),
});
export type MinimumGroupSize = z.infer<typeof schema>;

export const DEFAULT_MINIMUM_GROUP_SIZE: MinimumGroupSize = { requests: 10, surveyResponses: 5 };

export async function loadMinimumGroupSize(db: Db): Promise<MinimumGroupSize> {
  const stored = await db.setting.findUnique({ where: { key: PUBLICATION_SETTING } });
  const parsed = schema.safeParse(stored?.value);
  return parsed.success ? parsed.data : DEFAULT_MINIMUM_GROUP_SIZE;
}
