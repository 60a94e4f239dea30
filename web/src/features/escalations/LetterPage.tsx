import { Anchor, Badge, Box, Button, Group, List, Paper, Spoiler, Stack, Table, TagsInput, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { draftPdfUrl, LetterAction, LetterDetail, letterPdfUrl, useLetter, useLetterAction, useLetterCases } from './api';

/** The order of the buttons: the decisions first, then what a drafter or operator does. */
const ACTION_ORDER: LetterAction[] = ['approve', 'request-changes', 'reject', 'edit', 'reply', 'withdraw'];

/** One letter to the ministry: its state, its cases, the letter itself in the page, its rounds and timeline, and what this person may do now. */
export function LetterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const letter = useLetter(id);
  return (
    <QueryState query={letter}>
      {(l) => (
        <Stack>
          <Title order={1} size="h2">
            {l.subject}
          </Title>
          <Group gap="xs">
            <Badge size="lg" variant="outline">
              {t(`letters.statuses.${l.status}`)}
            </Badge>
            <Text size="sm">{l.round > 1 ? t('letters.followUpN', { n: l.round - 1 }) : t('letters.first')}</Text>
            <Text size="sm">· {t(`letters.sources.${l.source}`)}</Text>
          </Group>
          {l.lastComment && (l.status === 'changes-requested' || l.status === 'rejected') ? (
            <Paper withBorder p="sm" role="note" aria-label={t('letters.lastComment')}>
              <Text size="sm" fw={700}>
                {t('letters.lastComment')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {l.lastComment}
              </Text>
            </Paper>
          ) : null}
          {l.solvedAt && l.status === 'awaiting-reply' ? (
            <Paper withBorder p="sm" role="note" aria-label={t('letters.events.problem-solved')}>
              <Text size="sm">{t('letters.solved')}</Text>
            </Paper>
          ) : null}
          {l.status === 'withdrawn' && l.withdrawalReason ? (
            <Paper withBorder p="sm" role="note" aria-label={t('letters.withdrawalReason')}>
              <Text size="sm" fw={700}>
                {t('letters.withdrawalReason')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {l.withdrawalReason}
              </Text>
            </Paper>
          ) : null}
          <Cases ids={l.repairCaseIds} />
          <Actions letter={l} />
          <LetterText letter={l} />
          <Rounds letter={l} />
          {l.replyReceivedAt ? <Reply letter={l} /> : null}
          <LetterTimeline letter={l} />
        </Stack>
      )}
    </QueryState>
  );
}

function Cases({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const cases = useLetterCases(ids);
  return (
    <Stack gap={4} component="section" aria-labelledby="letter-cases">
      <Title order={2} size="h4" id="letter-cases">
        {t('letters.cases')}
      </Title>
      <List>
        {ids.map((caseId, i) => {
          const c = cases[i]?.data;
          return (
            <List.Item key={caseId}>
              <Anchor component={Link} to={`/perbaikan/${caseId}`}>
                {c ? `${c.description} (${c.device.serialNumber}, ${c.servicePoint.name})` : t('letters.caseN', { n: i + 1 })}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** The letter in the page: the draft as it stands while it is one, otherwise the latest numbered letter. */
function LetterText({ letter }: { letter: LetterDetail }) {
  const { t } = useTranslation();
  const latest = letter.letters[letter.letters.length - 1];
  const showDraft = letter.status === 'drafted' || letter.status === 'changes-requested' || !latest;
  const url = showDraft ? draftPdfUrl(letter.id) : letterPdfUrl(letter.id, latest.round);
  const title = showDraft ? t('letters.pdfDraft', { subject: letter.subject }) : t('letters.pdfNumbered', { number: latest.number });
  return (
    <Stack gap="xs" component="section" aria-labelledby="letter-pdf">
      <Group justify="space-between">
        <Title order={2} size="h4" id="letter-pdf">
          {showDraft ? t('letters.draftHeading') : t('letters.letterHeading', { number: latest.number })}
        </Title>
        <Anchor href={url} target="_blank" rel="noopener">
          {t('letters.openPdf')}
        </Anchor>
      </Group>
      {/* A draft's preview is read again after every change (it is never cached); a numbered letter does not change. */}
      <Box component="iframe" key={showDraft ? `${url}#${letter.lastSeq}` : url} src={url} title={title} w="100%" h={{ base: 420, sm: 640 }} style={{ border: '1px solid var(--mantine-color-gray-4)' }} />
      <Text size="sm" c="gray.7">
        {t('letters.recipient')}: {letter.recipient}
      </Text>
      {/* The text itself too, for whoever cannot read the PDF in the page (a phone, a screen reader). */}
      <Spoiler maxHeight={72} showLabel={t('letters.showText')} hideLabel={t('letters.hideText')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {letter.body}
        </Text>
      </Spoiler>
    </Stack>
  );
}

/** A button for each action the server allows this person now, with the form that action needs. */
function Actions({ letter }: { letter: LetterDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LetterAction | null>(null);
  const actions = ACTION_ORDER.filter((a) => letter.allowedActions.includes(a));
  if (actions.length === 0) return null;
  return (
    <Stack component="section" aria-label={t('letters.actionsLabel')}>
      <Group>
        {actions.map((a) => (
          <Button
            key={a}
            variant={open === a ? 'filled' : 'default'}
            color={a === 'reject' || a === 'withdraw' ? 'red' : undefined}
            aria-expanded={open === a}
            onClick={() => setOpen(open === a ? null : a)}
          >
            {t(`letters.actions.${a}`)}
          </Button>
        ))}
      </Group>
      {open === 'edit' ? <EditForm key={letter.lastSeq} letter={letter} onDone={() => setOpen(null)} /> : null}
      {open === 'approve' ? <ApproveForm letter={letter} onDone={() => setOpen(null)} /> : null}
      {open === 'reject' || open === 'request-changes' || open === 'withdraw' ? <NoteForm key={open} id={letter.id} action={open} onDone={() => setOpen(null)} /> : null}
      {open === 'reply' ? <ReplyForm id={letter.id} onDone={() => setOpen(null)} /> : null}
    </Stack>
  );
}

function EditForm({ letter, onDone }: { letter: LetterDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useLetterAction(letter.id);
  const [subject, setSubject] = useState(letter.subject);
  const [recipient, setRecipient] = useState(letter.recipient);
  const [body, setBody] = useState(letter.body);
  const [attachments, setAttachments] = useState<string[]>(letter.attachments);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only what changed: the server records which fields were edited.
    const patch: Record<string, unknown> = {};
    if (subject !== letter.subject) patch.subject = subject;
    if (recipient !== letter.recipient) patch.recipient = recipient;
    if (body !== letter.body) patch.body = body;
    if (attachments.join('\n') !== letter.attachments.join('\n')) patch.attachments = attachments;
    act.mutate({ action: 'edit', body: patch }, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t('letters.actions.edit')}>
      <Stack>
        {letter.allowedActions.includes('approve') ? <Text size="sm">{t('letters.editWarning')}</Text> : null}
        <TextInput label={t('letters.subject')} required value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
        <TextInput label={t('letters.recipient')} required value={recipient} onChange={(e) => setRecipient(e.currentTarget.value)} />
        <Textarea label={t('letters.body')} required autosize minRows={8} maxRows={24} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <TagsInput
          label={t('letters.attachments')}
          description={t('letters.attachmentsHint')}
          // Mantine's dimmed description is too faint for WCAG AA.
          styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          value={attachments}
          onChange={setAttachments}
        />
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending}>
            {t('letters.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ApproveForm({ letter, onDone }: { letter: LetterDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useLetterAction(letter.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    act.mutate({ action: 'approve' }, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t('letters.actions.approve')}>
      <Stack>
        <Text size="sm">{t('letters.approveExplained')}</Text>
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending}>
            {t('letters.approveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A decision that needs words: a rejection's or a withdrawal's reason, or the changes requested. */
function NoteForm({ id, action, onDone }: { id: string; action: 'reject' | 'request-changes' | 'withdraw'; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useLetterAction(id);
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    act.mutate(action === 'request-changes' ? { action, body: { comment: text } } : { action, body: { reason: text } }, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t(`letters.actions.${action}`)}>
      <Stack>
        {action === 'withdraw' ? <Text size="sm">{t('letters.withdrawExplained')}</Text> : null}
        <Textarea
          label={action === 'reject' ? t('letters.fields.reason') : action === 'withdraw' ? t('letters.fields.withdrawalReason') : t('letters.fields.comment')}
          required
          maxLength={2000}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" color={action === 'request-changes' ? undefined : 'red'} loading={act.isPending}>
            {t('letters.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The value of a datetime-local input for a moment, in this browser's zone. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function ReplyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useLetterAction(id);
  const [receivedAt, setReceivedAt] = useState(() => localInput(new Date()));
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const when = new Date(receivedAt);
    act.mutate({ action: 'reply', body: { receivedAt: Number.isNaN(when.getTime()) ? receivedAt : when.toISOString(), reference, summary } }, { onSuccess: onDone });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t('letters.actions.reply')}>
      <Stack>
        <TextInput type="datetime-local" label={t('letters.fields.receivedAt')} required value={receivedAt} onChange={(e) => setReceivedAt(e.currentTarget.value)} />
        <TextInput label={t('letters.fields.reference')} required maxLength={200} value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
        <Textarea label={t('letters.fields.summary')} required autosize minRows={3} maxLength={5000} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
        <ErrorText error={act.error} />
        <Group>
          <Button type="submit" loading={act.isPending}>
            {t('letters.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Every numbered letter of the escalation: the first, then each follow-up, with its number, date and PDF. */
function Rounds({ letter }: { letter: LetterDetail }) {
  const { t, i18n } = useTranslation();
  if (letter.letters.length === 0) return null;
  const day = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <Stack gap="xs" component="section" aria-labelledby="letter-rounds">
      <Title order={2} size="h4" id="letter-rounds">
        {t('letters.rounds')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-labelledby="letter-rounds">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('letters.round')}</Table.Th>
              <Table.Th>{t('letters.number')}</Table.Th>
              <Table.Th>{t('letters.letterDate')}</Table.Th>
              <Table.Th>{t('letters.approvedBy')}</Table.Th>
              <Table.Th>{t('letters.dispatch')}</Table.Th>
              <Table.Th>{t('letters.pdf')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letter.letters.map((n) => (
              <Table.Tr key={n.round}>
                <Table.Td>{n.round > 1 ? t('letters.followUpN', { n: n.round - 1 }) : t('letters.first')}</Table.Td>
                <Table.Td>{n.number}</Table.Td>
                <Table.Td>{day.format(new Date(`${n.letterDate}T00:00:00Z`))}</Table.Td>
                <Table.Td>{n.approvedBy}</Table.Td>
                <Table.Td>
                  {n.dispatchedAt
                    ? t('letters.dispatchedAt', { when: formatDateTime(n.dispatchedAt, i18n.language), to: n.dispatchedTo ?? '' })
                    : t('letters.notDispatched')}
                </Table.Td>
                <Table.Td>
                  <Anchor href={letterPdfUrl(letter.id, n.round)} target="_blank" rel="noopener" aria-label={t('letters.pdfOf', { number: n.number })}>
                    {t('letters.pdf')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Reply({ letter }: { letter: LetterDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-labelledby="letter-reply">
      <Title order={2} size="h4" id="letter-reply">
        {t('letters.reply')}
      </Title>
      <Text size="sm">
        {t('letters.fields.reference')}: {letter.replyReference}
      </Text>
      <Text size="sm">
        {t('letters.fields.receivedAt')}: {formatDateTime(letter.replyReceivedAt!, i18n.language)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {letter.replySummary}
      </Text>
    </Stack>
  );
}

function LetterTimeline({ letter }: { letter: LetterDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="letter-timeline">
      <Title order={2} size="h4" id="letter-timeline">
        {t('letters.timeline')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {letter.timeline.map((e) => (
          <Timeline.Item key={e.seq} title={t(`letters.events.${e.event}`, { defaultValue: e.event })}>
            <Text size="sm">
              {e.actor === 'system' ? t('letters.system') : e.actor} · {formatDateTime(e.occurredAt, i18n.language)}
            </Text>
            {e.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
