import { Anchor, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, PagedTable } from '../../components/PagedTable';
import { formatDateTime, formatDay } from '../../lib/dates';
import { useSignedIn } from '../../lib/session';
import { LetterAwaitingReply, useLettersAwaitingReply, useNational } from './api';

/**
 * Surat menunggu balasan: letters to the ministry awaiting its reply, the longest waiting first,
 * with every letter sent (number and date). Read only; each links to its letter.
 */
export function LettersBoardPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  // A province's supervisor reads their province only; the others may narrow the board to one.
  const own = me.data?.role === 'supervisor' ? me.data.provinceCode : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const national = useNational(!own);
  const letters = useLettersAwaitingReply(own ?? chosen, page);
  const columns = useBoardColumns();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('oversight.letters.title')}
      </Title>
      {!own ? (
        <Group align="flex-end">
          <Select
            label={t('oversight.provinceLabel')}
            placeholder={t('oversight.letters.allProvinces')}
            clearable
            searchable
            value={chosen}
            onChange={(v) => {
              setChosen(v);
              setPage(1);
            }}
            data={(national.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))}
          />
        </Group>
      ) : null}
      <PagedTable<LetterAwaitingReply>
        query={letters}
        caption={t('oversight.letters.title')}
        page={page}
        onPage={setPage}
        emptyText={t('oversight.letters.none')}
        rowKey={(l) => l.id}
        minWidth={720}
        before={(d) => (
          <Text size="sm" c="gray.7">
            {t('oversight.letters.count', { count: d.total })}
          </Text>
        )}
        columns={columns}
      />
    </Stack>
  );
}

/** A letter a row: its subject (linking to it), office, every round sent, and how long it has waited. */
function useBoardColumns(): Column<LetterAwaitingReply>[] {
  const { i18n, t } = useTranslation();
  return [
    {
      header: t('oversight.letters.subject'),
      cell: (l) => (
        <Anchor component={Link} to={`/surat/${l.id}`}>
          {l.subject}
        </Anchor>
      ),
    },
    { header: t('oversight.letters.office'), cell: (l) => <Text size="sm">{l.officeName}</Text> },
    {
      header: t('oversight.letters.rounds'),
      cell: (l) => (
        <List size="sm" listStyleType="none" spacing={2}>
          {l.rounds.map((r) => (
            <List.Item key={r.round}>
              {t(r.round > 1 ? 'oversight.letters.followUp' : 'oversight.letters.first', {
                n: r.round - 1,
                number: r.number,
                date: r.sentAt ? formatDateTime(r.sentAt, i18n.language, l.timeZone) : formatDay(r.letterDate, i18n.language),
              })}
            </List.Item>
          ))}
        </List>
      ),
    },
    {
      header: t('oversight.letters.waitingSince'),
      cell: (l) => (
        <>
          <Text size="sm">{formatDateTime(l.waitingSince, i18n.language, l.timeZone)}</Text>
          <Text size="xs" c={l.daysWaiting > 0 ? 'red.9' : 'gray.7'} fw={l.daysWaiting > 0 ? 700 : undefined}>
            {t('oversight.letters.daysWaiting', { count: l.daysWaiting })}
          </Text>
          {l.solvedAt ? (
            <Text size="xs" c="gray.7">
              {t('oversight.letters.solved')}
            </Text>
          ) : null}
        </>
      ),
    },
  ];
}
