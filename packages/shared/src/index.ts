export * from './distribution-curve.js';
export * from './ikm.js';
export { isLocalDate, type LocalDate } from './local-date.js';
export * from './nip.js';
export * from './periods.js';
export * from './rating.js';
export * from './roles.js';
export * from './sample-size.js';
export * from './working-time.js';
