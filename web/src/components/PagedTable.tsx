import { Pagination, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './QueryState';

/** One page of a list as the API answers it (`GET /<things>?page=&limit=`). */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface Column<T> {
  /** The column's heading (also what a screen reader names each cell by). */
  header: ReactNode;
  cell: (row: T) => ReactNode;
}

/**
 * A list's table: the rows under their headings, named by `caption` for screen readers (tests find
 * the table by it). It scrolls sideways inside itself below `minWidth`, so the page itself fits a
 * 360-px phone.
 */
export function DataTable<T>({ rows, columns, rowKey, caption, minWidth = 520 }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string; caption: string; minWidth?: number }) {
  return (
    // The box that scrolls sideways on a phone takes the focus, so it scrolls by keyboard too (rows without a link or button).
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i}>{c.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c, i) => (
                <Table.Td key={i}>{c.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A list page's table: loading, error and empty states (QueryState), the DataTable, and the page
 * buttons (each named) when there is more than one page.
 */
export function PagedTable<T>({
  query,
  columns,
  rowKey,
  page,
  onPage,
  emptyText,
  caption,
  minWidth = 520,
  keep,
  before,
  pagesLabel,
}: {
  query: UseQueryResult<PageOf<T>>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  page: number;
  onPage: (page: number) => void;
  emptyText: string;
  /** The table's name (axe and screen readers; tests find the table by it). */
  caption: string;
  minWidth?: number;
  /** Only the rows to list here (others shown elsewhere on the page); none kept reads as empty. */
  keep?: (row: T) => boolean;
  /** What stands above the table once the page has come (a count, say). */
  before?: (page: PageOf<T>) => ReactNode;
  /** The page buttons' name; "Halaman: <caption>" unless given. */
  pagesLabel?: string;
}) {
  const { t } = useTranslation();
  const rows = (d: PageOf<T>) => (keep ? d.items.filter(keep) : d.items);
  return (
    <QueryState query={query} empty={(d) => rows(d).length === 0} emptyText={emptyText}>
      {(d) => (
        <>
          {before?.(d)}
          <DataTable rows={rows(d)} columns={columns} rowKey={rowKey} caption={caption} minWidth={minWidth} />
          {d.total > d.limit ? (
            <Pagination
              total={Math.ceil(d.total / d.limit)}
              value={page}
              onChange={onPage}
              aria-label={pagesLabel ?? `${t('table.pages')}: ${caption}`}
              getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
            />
          ) : null}
        </>
      )}
    </QueryState>
  );
}
