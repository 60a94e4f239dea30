import { Anchor, Badge, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { awaitsMyDecision, Letter, LETTER_STATUSES, LetterStatus, useLetters, useLettersAwaitingMe } from './api';

/** Surat ke kementerian: the letters waiting for this person's decision first, then the office's others. */
export function LettersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LetterStatus | null>(null);
  const [page, setPage] = useState(1);
  const awaiting = useLettersAwaitingMe();
  const letters = useLetters({ status: status ?? undefined, page });
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
          <LetterTable letters={awaiting.data} caption={t('letters.awaitingMe')} />
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
        <QueryState query={letters} empty={(d) => d.items.filter((l) => !awaitsMyDecision(l)).length === 0} emptyText={t('letters.none')}>
          {(d) => (
            <>
              <LetterTable letters={d.items.filter((l) => !awaitsMyDecision(l))} caption={t('letters.all')} />
              {d.total > d.limit ? (
                <Pagination total={Math.ceil(d.total / d.limit)} value={page} onChange={setPage} getControlProps={(c) => ({ 'aria-label': t(`letters.pages.${c}`) })} />
              ) : null}
            </>
          )}
        </QueryState>
      </Stack>
    </Stack>
  );
}

function LetterTable({ letters, caption }: { letters: Letter[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('letters.subject')}</Table.Th>
            <Table.Th>{t('letters.status')}</Table.Th>
            <Table.Th>{t('letters.round')}</Table.Th>
            <Table.Th>{t('letters.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {letters.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component={Link} to={`/surat/${l.id}`}>
                  {l.subject}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge variant="outline">{t(`letters.statuses.${l.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{l.round > 1 ? t('letters.followUpN', { n: l.round - 1 }) : t('letters.first')}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(l.updatedAt, i18n.language)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
