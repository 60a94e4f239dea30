import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfficeSelect } from '../../components/OfficeSelect';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { subjectPath } from '../../lib/subjects';
import { Dashboard, NeedsYouItem, useDashboard, useServicePoints, useSignedIn } from './api';

/**
 * Beranda: the office's counts (repair cases, letters, outages), what needs the signed-in person
 * now (each with its page: a tour plan to approve, a stop to check in at today, …), and whether each service point records and prints today.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  // People of no single office (admins, supervisors) choose the office they look at.
  const [chosen, setChosen] = useState<string | null>(null);
  const ownOffice = me.data?.officeId ?? null;
  const officeId = ownOffice ?? chosen ?? undefined;
  const dashboard = useDashboard(ownOffice ? undefined : officeId, !!officeId);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      {me.data && !ownOffice ? <OfficeSelect value={chosen} onChange={setChosen} /> : null}
      {officeId ? (
        <QueryState query={dashboard}>
          {(d) => (
            <>
              <Counts d={d} />
              <NeedsYou needs={d.needsYou} />
            </>
          )}
        </QueryState>
      ) : (
        <Text c="gray.7">{t('officeSelect.first')}</Text>
      )}
      {officeId ? <ServicePoints officeId={ownOffice ? undefined : officeId} /> : null}
    </Stack>
  );
}

function Counts({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h4">
        {t('dashboard.counts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CountGroup
          title={t('dashboard.counts.repairs')}
          counts={[
            [t('dashboard.counts.repairsOpen'), d.repairs.open],
            [t('dashboard.counts.repairsStalled'), d.repairs.stalled, d.repairs.stalled > 0],
            [t('dashboard.counts.repairsEscalated'), d.repairs.escalated],
          ]}
        />
        <CountGroup
          title={t('dashboard.counts.letters')}
          counts={[
            [t('dashboard.counts.lettersAwaitingApproval'), d.letters.awaitingApproval],
            [t('dashboard.counts.lettersAwaitingReply'), d.letters.awaitingReply],
          ]}
        />
        <CountGroup
          title={t('dashboard.counts.outages')}
          counts={[
            [t('dashboard.counts.outagesOpen'), d.outages.open, d.outages.open > 0],
            [t('dashboard.counts.outagesRecovering'), d.outages.recovering],
            [t('dashboard.counts.backlog'), d.outages.backlog],
          ]}
        />
      </SimpleGrid>
    </>
  );
}

/** A domain's counts: each one a group named by its label, so it reads "Kasus terbuka, 3". */
function CountGroup({ title, counts }: { title: string; counts: Array<[string, number, boolean?]> }) {
  const { i18n } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Stack gap="xs">
        {counts.map(([label, value, alarming], i) => (
          <Group key={label} justify="space-between" wrap="nowrap" role="group" aria-labelledby={`${id}-${i}`}>
            <Text size="sm" id={`${id}-${i}`}>
              {label}
            </Text>
            <Text fw={700} fz="lg" c={alarming ? 'red.9' : undefined}>
              {value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function NeedsYou({ needs }: { needs: Dashboard['needsYou'] }) {
  const { t, i18n } = useTranslation();
  const action = (item: NeedsYouItem, a: string) => t(`dashboard.actions.${item.kind}.${a}`, { defaultValue: a });
  return (
    <>
      <Title order={2} size="h4">
        {t('dashboard.needsYou.title')}
      </Title>
      {needs.items.length === 0 ? (
        <Text c="gray.7">{t('dashboard.needsYou.none')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.needsYou.what')}</Table.Th>
                  <Table.Th>{t('dashboard.needsYou.state')}</Table.Th>
                  <Table.Th>{t('dashboard.needsYou.youMay')}</Table.Th>
                  <Table.Th>{t('dashboard.needsYou.changed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.items.map((item) => {
                  const path = subjectPath(item.kind, item.id);
                  const late = item.deadlineAt !== null && Date.parse(item.deadlineAt) < Date.now();
                  return (
                    <Table.Tr key={`${item.kind}-${item.id}`}>
                      <Table.Td>
                        <Text size="xs" c="gray.7">
                          {t(`dashboard.kinds.${item.kind}`)}
                        </Text>
                        {path ? (
                          <Anchor component={Link} to={path}>
                            {item.title}
                          </Anchor>
                        ) : (
                          item.title
                        )}
                        {item.detail ? (
                          <Text size="xs" c="gray.7">
                            {/* A tour is listed with a detail for its stop of today only. */}
                            {item.kind === 'tour' ? t('dashboard.needsYou.stopToday', { village: item.detail }) : item.detail}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="outline">{t(`dashboard.statuses.${item.kind}.${item.status}`, { defaultValue: item.status })}</Badge>{' '}
                        {late ? <Badge color="red">{t('dashboard.needsYou.late')}</Badge> : null}
                      </Table.Td>
                      <Table.Td>{item.allowedActions.map((a) => action(item, a)).join(', ')}</Table.Td>
                      <Table.Td>{formatDateTime(item.updatedAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {needs.total > needs.items.length ? (
            <Text size="sm" c="gray.7">
              {t('dashboard.needsYou.shown', { shown: needs.items.length, total: needs.total })}
            </Text>
          ) : null}
        </>
      )}
    </>
  );
}

/** Whether each service point of the office records and prints today, and since when not. */
function ServicePoints({ officeId }: { officeId?: string }) {
  const { t, i18n } = useTranslation();
  const points = useServicePoints(officeId);
  const state = (works: boolean, since: string | null) => (
    <Stack gap={2}>
      <Badge color={works ? 'teal.9' : 'red.9'} variant="outline">
        {works ? t('dashboard.works') : t('dashboard.down')}
      </Badge>
      {!works && since ? <Text size="xs">{t('dashboard.since', { when: formatDateTime(since, i18n.language) })}</Text> : null}
    </Stack>
  );
  return (
    <>
      <Title order={2} size="h4">
        {t('dashboard.servicePoints')}
      </Title>
      <QueryState query={points} empty={(d) => d.items.length === 0} emptyText={t('dashboard.noServicePoints')}>
        {(d) => (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.name')}</Table.Th>
                  <Table.Th>{t('dashboard.records')}</Table.Th>
                  <Table.Th>{t('dashboard.prints')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{state(p.canRecord, p.recordDownSince)}</Table.Td>
                    <Table.Td>{state(p.canPrint, p.printDownSince)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  );
}
