import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageInfo } from '../../graphql/types';

/** Cursor paging for a Relay connection: the cursors of the pages before the current one. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors.at(-1) ?? null,
    isFirst: cursors.length === 1,
    next: (endCursor: string | null) => setCursors((current) => [...current, endCursor]),
    previous: () => setCursors((current) => current.slice(0, -1)),
    reset: () => setCursors([null]),
  };
}

export function Pager({
  pages,
  pageInfo,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: PageInfo | undefined;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('admin.pages')}>
      <button type="button" className="button" disabled={pages.isFirst} onClick={pages.previous}>
        {t('admin.previous')}
      </button>
      <button type="button" className="button" disabled={!pageInfo?.hasNextPage} onClick={() => pages.next(pageInfo?.endCursor ?? null)}>
        {t('admin.next')}
      </button>
    </nav>
  );
}
