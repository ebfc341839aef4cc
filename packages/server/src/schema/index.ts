// Importing a module registers its part of the schema with the builder.
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './system.js';
import './region.js';
import './agency.js';
import './unit.js';
import './employee.js';
import './account.js';
import './account-admin.js';
import './audit.js';
import './service-catalogue.js';
import './service-events.js';
import './service-metrics.js';
import './survey.js';
import './file.js';
import './import.js';
import './performance-period.js';
import './skp.js';
import './realisation.js';
import './appraisal.js';
import './calibration.js';
import './daily-report.js';
import './performance-progress.js';
import './coaching.js';
import './feedback360.js';
import './kpi.js';
import './complaint.js';
import './insight.js';
import './training.js';
import './reward.js';
import './oversight.js';
import './recruitment.js';
import './recruitment-metrics.js';
import './onboarding.js';
import './internship.js';

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
