// Importing a module registers its part of the schema with the builder.
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './system.js';
import './region.js';
import './agency.js';
import './employee.js';
import './account.js';
import './audit.js';
import './service-catalogue.js';
import './service-events.js';
import './service-metrics.js';
import './survey.js';
import './kpi.js';
import './complaint.js';

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
