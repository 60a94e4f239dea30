import { Anchor, Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable, PagedTable } from '../../components/PagedTable';
import { formatDateTime } from '../../lib/dates';
import { awaitsMyDecision, Letter, LETTER_STATUSES, LetterStatus, useLetters, useLettersAwaitingMe } from './api';

/** Surat ke kementerian: the letters waiting for this person's decision first, then the office's others. */
export function LettersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LetterStatus | null>(null);
  const [page, setPage] = useState(1);
  const awaiting = useLettersAwaitingMe();
  const letters = useLetters({ status: status ?? undefined, page });
  const columns = useLetterColumns();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('letters.title')}
      </Title>
      {awaiting.data && awaiting.data.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="awaiting-me">
          <Title order={2} size="h4" id="awaiting-me">
            {t('letters.awaitingMe')}
          </Title>
          <DataTable<Letter> rows={awaiting.data} caption={t('letters.awaitingMe')} rowKey={(l) => l.id} minWidth={480} columns={columns} />
        </Stack>
      ) : null}
      <Stack gap="xs" component="section" aria-labelledby="all-letters">
        <Title order={2} size="h4" id="all-letters">
          {awaiting.data && awaiting.data.length > 0 ? t('letters.others') : t('letters.all')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('letters.status')}
            clearable
            value={status}
            onChange={(v) => {
              setStatus(v as LetterStatus | null);
              setPage(1);
            }}
            data={LETTER_STATUSES.map((s) => ({ value: s, label: t(`letters.statuses.${s}`) }))}
          />
        </Group>
        <PagedTable<Letter>
          query={letters}
          caption={t('letters.all')}
          page={page}
          onPage={setPage}
          emptyText={t('letters.none')}
          rowKey={(l) => l.id}
          minWidth={480}
          columns={columns}
          keep={(l) => !awaitsMyDecision(l)}
        />
      </Stack>
    </Stack>
  );
}

/** A letter a row: its subject (linking to it), status, round and when it last changed. */
function useLetterColumns(): Column<Letter>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      header: t('letters.subject'),
      cell: (l) => (
        <Anchor component={Link} to={`/surat/${l.id}`}>
          {l.subject}
        </Anchor>
      ),
    },
    { header: t('letters.status'), cell: (l) => <Badge variant="outline">{t(`letters.statuses.${l.status}`)}</Badge> },
    { header: t('letters.round'), cell: (l) => (l.round > 1 ? t('letters.followUpN', { n: l.round - 1 }) : t('letters.first')) },
    { header: t('letters.updatedAt'), cell: (l) => <Text size="sm">{formatDateTime(l.updatedAt, i18n.language)}</Text> },
  ];
}
