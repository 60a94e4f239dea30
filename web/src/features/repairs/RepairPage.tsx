import { Anchor, Badge, Button, Group, List, Paper, Radio, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { RepairAction, RepairDetail, useRepair, useRepairAction } from './api';

/** One repair case: its device, where residents go meanwhile, its timeline, and what this person may do now. */
export function RepairPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const repair = useRepair(id);
  return (
    <QueryState query={repair}>
      {(c) => (
        <Stack>
          <Title order={1} size="h2">
            {c.description}
          </Title>
          <Group>
            <Badge size="lg" variant="outline">
              {t(`repairs.statuses.${c.status}`)}
            </Badge>
            {c.stalled ? <Badge color="red">{t('repairs.late')}</Badge> : null}
            {c.deadlineAt && c.status !== 'closed' && c.status !== 'cancelled' ? <DeadlineCountdown deadline={c.deadlineAt} label={t('repairs.deadline')} /> : null}
          </Group>
          <Text>
            {t('repairs.device')}: {c.device.serialNumber} — {c.servicePoint.name}
          </Text>
          {c.alternatives.length > 0 && !c.servicePoint.canRecord ? (
            <Text>
              {t('repairs.alternatives')}: {c.alternatives.map((a) => a.name).join(', ')}
            </Text>
          ) : null}
          {c.escalations.length > 0 ? <Letters letters={c.escalations} /> : null}
          <Actions repair={c} />
          <Title order={2} size="h4">
            {t('repairs.timeline')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {c.timeline.map((e) => (
              <Timeline.Item key={e.seq} title={t(`repairs.events.${e.event}`, { defaultValue: e.event })}>
                <Text size="sm">
                  {e.actor === 'system' ? t('repairs.system') : e.actor} · {formatDateTime(e.occurredAt, i18n.language)}
                </Text>
                {e.note ? <Text size="sm">{e.note}</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </QueryState>
  );
}

/** The case's letters to the ministry, each a link to its page (the escalations feature, by its URL). */
function Letters({ letters }: { letters: RepairDetail['escalations'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-labelledby="repair-letters">
      <Title order={2} size="h4" id="repair-letters">
        {t('repairs.letters')}
      </Title>
      <List>
        {letters.map((l) => (
          <List.Item key={l.id}>
            <Anchor component={Link} to={`/surat/${l.id}`}>
              {l.round > 1 ? t('repairs.letterRound.followUp', { n: l.round - 1 }) : t('repairs.letterRound.first')}:{' '}
              {l.letterNumber ? t('repairs.letterNumber', { number: l.letterNumber }) : t('repairs.letterUnnumbered')}
            </Anchor>{' '}
            <Badge variant="outline">{t(`repairs.letterStatuses.${l.status}`)}</Badge>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** A button for each action the server allows this person now, with the form that action needs. */
function Actions({ repair }: { repair: RepairDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RepairAction | null>(null);
  if (repair.allowedActions.length === 0) return null;
  return (
    <Stack>
      <Group>
        {repair.allowedActions.map((a) => (
          <Button key={a} variant={open === a ? 'filled' : 'default'} color={a === 'cancel' ? 'red' : undefined} onClick={() => setOpen(open === a ? null : a)}>
            {t(`repairs.actions.${a}`)}
          </Button>
        ))}
      </Group>
      {open ? <ActionForm key={open} id={repair.id} action={open} onDone={() => setOpen(null)} /> : null}
    </Stack>
  );
}

function ActionForm({ id, action, onDone }: { id: string; action: RepairAction; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useRepairAction(id);
  const [choice, setChoice] = useState('');
  const [text, setText] = useState('');
  const choices: Partial<Record<RepairAction, { field: string; options: string[] }>> = {
    triage: { field: 'assessment', options: ['fix-on-site', 'needs-repair'] },
    'request-repair': { field: 'channel', options: ['ministry', 'vendor'] },
    verify: { field: 'working', options: ['true', 'false'] },
  };
  const pick = choices[action];
  const textField = action === 'cancel' ? 'reason' : 'note';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (pick) body[pick.field] = pick.field === 'working' ? choice === 'true' : choice;
    if (text.trim()) body[textField] = text.trim();
    act.mutate({ action, body }, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t(`repairs.actions.${action}`)}>
      <Stack>
        {pick ? (
          <Radio.Group label={t(`repairs.fields.${pick.field}`)} value={choice} onChange={setChoice} required>
            <Stack gap="xs" mt="xs">
              {pick.options.map((o) => (
                <Radio key={o} value={o} label={t(`repairs.options.${pick.field}.${o}`)} />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
        <Textarea label={t(`repairs.fields.${textField}`)} required={action === 'cancel'} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending}>
            {t('repairs.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
