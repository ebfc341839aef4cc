import { gql, useQuery } from 'urql';
import type { Role } from '../graphql/types';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/**
 * An anonymous `me` is null, which carries no typename for urql's document cache to track.
 * Tagging the query, and the sign-in and sign-out mutations, with `User` makes either mutation
 * refetch it.
 */
export const sessionContext = { additionalTypenames: ['User'] };

export const MeQuery = gql<{ me: SessionUser | null }>`
  query Me {
    me {
      id
      username
      displayName
      role
    }
  }
`;

export const LogoutMutation = gql<{ logout: boolean }>`
  mutation Logout {
    logout
  }
`;

export function useSession() {
  const [result] = useQuery({ query: MeQuery, context: sessionContext });
  return { me: result.data?.me ?? null, fetching: result.fetching };
}

/** The roles that see the administration pages (the server enforces what each may change). */
export function isAdministrator(role: Role): boolean {
  return role === 'ADMIN' || role === 'AGENCY_ADMIN';
}

/** The roles of people with their own SKP, daily reports and appraisals (the work pages). */
export function hasOwnWork(role: Role): boolean {
  return role === 'EMPLOYEE' || role === 'SUPERVISOR';
}
