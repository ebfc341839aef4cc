// TypeScript mirrors of the server schema's shared types (enums and connections).

export type Role = 'ADMIN' | 'AGENCY_ADMIN' | 'LEADER' | 'SUPERVISOR' | 'EMPLOYEE' | 'ANALYST' | 'CANDIDATE';

export type RegionKind = 'KOTA' | 'KABUPATEN';

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A connection asked for with its pageInfo, for paging forward with `after`. */
export type PagedConnection<T> = Connection<T> & { pageInfo: PageInfo };

export function nodes<T>(connection: Pick<Connection<T>, 'edges'> | null | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}
