/** What a user may see and do. Labels are the web app's i18n concern, not this package's. */
export const Role = {
  /** Runs the whole platform: agencies, curve rules, holiday calendars. */
  ADMIN: 'ADMIN',
  /** Administers one agency (OPD, Organisasi Perangkat Daerah): its units, staff and imports. */
  AGENCY_ADMIN: 'AGENCY_ADMIN',
  /** Heads an agency or unit and watches its performance in real time. */
  LEADER: 'LEADER',
  /** Approves subordinates' SKP, gives feedback and proposes their predikat. */
  SUPERVISOR: 'SUPERVISOR',
  /** A civil servant (ASN: PNS or PPPK) who plans and reports their own work. */
  EMPLOYEE: 'EMPLOYEE',
  /** Reads aggregated data across agencies, without personal data it has no need for. */
  ANALYST: 'ANALYST',
  /** A job applicant: registers, applies and follows their application; never sees employee data. */
  CANDIDATE: 'CANDIDATE',
  /** An anonymous visitor of the public transparency pages. */
  PUBLIC: 'PUBLIC',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
