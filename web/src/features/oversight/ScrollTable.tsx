import { Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways within itself on a phone. Its scrolling box can take the
 * focus, so it scrolls by keyboard too (arrow keys), and is named by the table's heading.
 */
export function ScrollTable({ minWidth, labelledBy, children }: { minWidth: number; labelledBy: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } }}>
      {children}
    </Table.ScrollContainer>
  );
}

/**
 * A section of a board: its heading, then either the sentence for "none" (`empty`, when there is
 * nothing to list) or its table, named by the heading. `children` are the table's head and body.
 */
export function TableSection({
  id,
  title,
  empty,
  minWidth,
  striped,
  children,
}: {
  id: string;
  title: string;
  empty?: string | false;
  minWidth: number;
  striped?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {empty ? (
        <Text c="gray.7">{empty}</Text>
      ) : (
        <ScrollTable minWidth={minWidth} labelledBy={id}>
          <Table aria-labelledby={id} striped={striped}>
            {children}
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
