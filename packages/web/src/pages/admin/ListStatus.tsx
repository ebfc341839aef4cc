import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';

/** A list's loading, error and empty states; its rows once there are some. */
export function ListStatus({
  result,
  count,
  empty,
  onRetry,
  children,
}: {
  result: { data?: unknown; fetching: boolean; error?: CombinedError | undefined };
  count: number;
  empty: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  if (result.error && !result.data) return <ErrorMessage error={result.error} onRetry={onRetry} />;
  if (result.fetching && !result.data) return <Loading />;
  if (count === 0) return <Empty>{empty}</Empty>;
  return <>{children}</>;
}
