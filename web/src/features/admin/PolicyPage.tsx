import { Anchor, Badge, Fieldset, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import type { Schemas } from '../../lib/api';
import { AdminNav } from './AdminNav';
import { type SlaPolicy, useOffice, usePolicy, useSetPolicy, HINT } from './api';
import { FormFooter } from './FormFooter';
import { describe, join, MAX_SECONDS, type Parts, split, type Unit, UNIT_MAX, unitsFor } from './durations';

type Defaults = Schemas['SlaPolicyDefaults'];
type DurationKey = {
  [K in keyof Defaults]: Defaults[K] extends number ? (K extends `${string}Seconds` ? K : never) : never;
}[keyof Defaults];

/** The waiting steps, by the work they belong to; `short`: a step people set in minutes too. */
const GROUPS: Array<{ key: string; fields: Array<{ key: DurationKey; short?: boolean }> }> = [
  {
    key: 'repairs',
    fields: [{ key: 'triageSeconds', short: true }, { key: 'repairSeconds' }, { key: 'verificationSeconds' }, { key: 'reminderIntervalSeconds', short: true }],
  },
  {
    key: 'letters',
    fields: [
      { key: 'escalationThresholdSeconds' },
      { key: 'approvalReminderSeconds', short: true },
      { key: 'approvalSupervisorAfterSeconds' },
      { key: 'replyWaitSeconds' },
    ],
  },
  { key: 'outages', fields: [{ key: 'outageEscalationSeconds' }, { key: 'backlogStallSeconds', short: true }] },
  { key: 'tours', fields: [{ key: 'tourNoticeLeadSeconds' }] },
];
const DURATIONS = GROUPS.flatMap((g) => g.fields);

type ClockKey = 'triageClock' | 'repairClock' | 'verificationClock' | 'reminderClock' | 'approvalReminderClock' | 'replyWaitClock';
type Clock = Defaults[ClockKey];
/** The steps that count working time (the office's business calendar) or elapsed time, as the admin picks. */
const CLOCK_OF: Partial<Record<DurationKey, ClockKey>> = {
  triageSeconds: 'triageClock',
  repairSeconds: 'repairClock',
  verificationSeconds: 'verificationClock',
  reminderIntervalSeconds: 'reminderClock',
  approvalReminderSeconds: 'approvalReminderClock',
  replyWaitSeconds: 'replyWaitClock',
};
/** The steps that can warn their assignees before the deadline, at a share of the step (the reply wait: the managers, before the follow-up). */
const WARN_OF: Partial<Record<DurationKey, 'triage' | 'repair' | 'verification' | 'replyWait'>> = {
  triageSeconds: 'triage',
  repairSeconds: 'repair',
  verificationSeconds: 'verification',
  replyWaitSeconds: 'replyWait',
};

type Entry = Partial<Record<Unit, number | string>>;

/** Kebijakan SLA: how long each step of the office's work may wait, in days, hours and minutes. */
export function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const office = useOffice(id);
  const policy = usePolicy(id);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.policy.title')}
      </Title>
      <AdminNav />
      {office.data ? (
        <Anchor component={Link} to={`/administrasi/kantor/${id}`}>
          {office.data.name}
        </Anchor>
      ) : null}
      <QueryState query={policy}>{(p) => <PolicyForm key={id} officeId={id} policy={p} />}</QueryState>
    </Stack>
  );
}

function valueOf(policy: SlaPolicy, key: DurationKey): number {
  return policy[key] ?? policy.defaults[key];
}

function PolicyForm({ officeId, policy }: { officeId: string; policy: SlaPolicy }) {
  const { t } = useTranslation();
  const save = useSetPolicy(officeId);
  const [entries, setEntries] = useState<Record<string, Entry>>(() => Object.fromEntries(DURATIONS.map((f) => [f.key, split(valueOf(policy, f.key))])));
  // The units each field shows are chosen once: those of its kind and whatever its value or default needs.
  const [units] = useState<Record<string, Unit[]>>(() =>
    Object.fromEntries(DURATIONS.map((f) => [f.key, unitsFor(!!f.short, valueOf(policy, f.key), policy.defaults[f.key])])),
  );
  const [kitPolicy, setKitPolicy] = useState<string>(policy.tourKitFailurePolicy ?? policy.defaults.tourKitFailurePolicy);
  const [shiftDays, setShiftDays] = useState<number | string>(policy.tourKitShiftDays ?? policy.defaults.tourKitShiftDays);
  const [outagePolicy, setOutagePolicy] = useState<string>(policy.tourOutagePolicy ?? policy.defaults.tourOutagePolicy);
  const [clocks, setClocks] = useState<Record<string, Clock>>(() =>
    Object.fromEntries(Object.values(CLOCK_OF).map((k) => [k, policy[k] ?? policy.defaults[k]])),
  );
  // A warning as a percentage of the step; empty: none.
  const [warnings, setWarnings] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(
      Object.values(WARN_OF).map((step) => {
        const share = policy[`${step}WarnShare`];
        return [step, typeof share === 'number' ? Math.round(share * 100) : ''];
      }),
    ),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});

  const seconds = (key: string) => join(Object.fromEntries(Object.entries(entries[key]).map(([u, v]) => [u, typeof v === 'number' ? v : 0])) as Partial<Parts>);
  const serverProblem = (field: string): string | undefined => {
    const body = (save.error as { body?: { errors?: Array<{ field?: string; rules?: string[] }>; field?: string } } | null)?.body;
    const named = body?.errors?.find((e) => e.field === field);
    if (named) return named.rules?.includes('min') ? t('admin.policy.tooShort') : named.rules?.includes('max') ? t('admin.policy.tooLong') : t('admin.invalidField');
    return body?.field === field ? t('admin.invalidField') : undefined;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of DURATIONS) {
      const s = seconds(f.key);
      if (s < 1) found[f.key] = t('admin.policy.tooShort');
      else if (s > MAX_SECONDS) found[f.key] = t('admin.policy.tooLong');
    }
    if (typeof shiftDays !== 'number' || shiftDays < 1 || shiftDays > 365) found.tourKitShiftDays = t('admin.policy.shiftDaysRange');
    for (const step of Object.values(WARN_OF)) {
      const w = warnings[step];
      if (w !== '' && (typeof w !== 'number' || w < 1 || w > 99)) found[`${step}WarnShare`] = t('admin.policy.warnRange');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const body = Object.fromEntries(DURATIONS.map((f) => [f.key, seconds(f.key)])) as Record<DurationKey, number>;
    // A share set here replaces a time-before warning set through the API; an empty share clears only the share.
    const warningBody = Object.fromEntries(
      Object.values(WARN_OF).flatMap((step) => {
        const w = warnings[step];
        return typeof w === 'number' ? [[`${step}WarnShare`, w / 100], [`${step}WarnBeforeSeconds`, null]] : [[`${step}WarnShare`, null]];
      }),
    );
    save.mutate({
      ...body,
      ...clocks,
      ...warningBody,
      tourKitFailurePolicy: kitPolicy as Defaults['tourKitFailurePolicy'],
      tourKitShiftDays: shiftDays as number,
      tourOutagePolicy: outagePolicy as Defaults['tourOutagePolicy'],
    });
  };

  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} noValidate aria-label={t('admin.policy.title')}>
      <Stack>
        <Group>
          <Badge variant="outline">{policy.isDefault ? t('admin.policy.usesDefaults') : t('admin.policy.ownPolicy')}</Badge>
        </Group>
        <Text size="sm">{t('admin.policy.intro')}</Text>
        {GROUPS.map((g) => (
          <Stack key={g.key} gap="xs">
            <Title order={2} size="h4">
              {t(`admin.policy.groups.${g.key}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {g.fields.map((f) => (
                <DurationField
                  key={f.key}
                  name={f.key}
                  units={units[f.key]}
                  entry={entries[f.key]}
                  onChange={(entry) => setEntries({ ...entries, [f.key]: entry })}
                  defaultText={describe(policy.defaults[f.key], t)}
                  changed={seconds(f.key) !== policy.defaults[f.key]}
                  error={problems[f.key] ?? serverProblem(f.key)}
                  clock={
                    CLOCK_OF[f.key]
                      ? { value: clocks[CLOCK_OF[f.key]!], onChange: (v) => setClocks({ ...clocks, [CLOCK_OF[f.key]!]: v }), error: serverProblem(CLOCK_OF[f.key]!) }
                      : undefined
                  }
                  warning={
                    WARN_OF[f.key]
                      ? {
                          label: WARN_OF[f.key] === 'replyWait' ? t('admin.policy.warnPercentReplyWait') : undefined,
                          value: warnings[WARN_OF[f.key]!],
                          onChange: (v) => setWarnings({ ...warnings, [WARN_OF[f.key]!]: v }),
                          error: problems[`${WARN_OF[f.key]}WarnShare`] ?? serverProblem(`${WARN_OF[f.key]}WarnShare`) ?? serverProblem(`${WARN_OF[f.key]}WarnBeforeSeconds`),
                        }
                      : undefined
                  }
                />
              ))}
              {g.key === 'tours' ? (
                <>
                  <Select
                    label={t('admin.policy.fields.tourKitFailurePolicy')}
                    description={t('admin.policy.default', { value: t(`admin.policy.kitPolicies.${policy.defaults.tourKitFailurePolicy}`) })}
                    styles={HINT}
                    value={kitPolicy}
                    onChange={(v) => v && setKitPolicy(v)}
                    allowDeselect={false}
                    data={(['wait-for-repair', 'shift-days'] as const).map((v) => ({ value: v, label: t(`admin.policy.kitPolicies.${v}`) }))}
                    error={serverProblem('tourKitFailurePolicy')}
                  />
                  <NumberInput
                    label={t('admin.policy.fields.tourKitShiftDays')}
                    description={t('admin.policy.default', { value: t('countdown.day', { count: policy.defaults.tourKitShiftDays }) })}
                    styles={HINT}
                    value={shiftDays}
                    onChange={setShiftDays}
                    min={1}
                    max={365}
                    allowDecimal={false}
                    allowNegative={false}
                    error={problems.tourKitShiftDays ?? serverProblem('tourKitShiftDays')}
                  />
                  <Select
                    label={t('admin.policy.fields.tourOutagePolicy')}
                    description={t('admin.policy.default', { value: t(`admin.policy.outagePolicies.${policy.defaults.tourOutagePolicy}`) })}
                    styles={HINT}
                    value={outagePolicy}
                    onChange={(v) => v && setOutagePolicy(v)}
                    allowDeselect={false}
                    data={(['hold', 'proceed-offline'] as const).map((v) => ({ value: v, label: t(`admin.policy.outagePolicies.${v}`) }))}
                    error={serverProblem('tourOutagePolicy')}
                  />
                </>
              ) : null}
            </SimpleGrid>
          </Stack>
        ))}
        <Text size="sm">{t('admin.policy.appliesFromNow')}</Text>
        <FormFooter mutation={save} label={t('admin.policy.save')} />
      </Stack>
    </Paper>
  );
}

const UNIT_WORD: Record<Unit, string> = { days: 'admin.policy.units.days', hours: 'admin.policy.units.hours', minutes: 'admin.policy.units.minutes', seconds: 'admin.policy.units.seconds' };

/** One waiting step: a box per unit, the default beside it, and what is wrong with it. */
function DurationField({
  name,
  units,
  entry,
  onChange,
  defaultText,
  changed,
  error,
  clock,
  warning,
}: {
  clock?: { value: Clock; onChange: (v: Clock) => void; error?: string };
  warning?: { label?: string; value: number | string; onChange: (v: number | string) => void; error?: string };
  name: DurationKey;
  units: Unit[];
  entry: Entry;
  onChange: (e: Entry) => void;
  defaultText: string;
  changed: boolean;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <Fieldset
      legend={t(`admin.policy.fields.${name}`)}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        {units.map((u) => (
          <NumberInput
            key={u}
            label={t(UNIT_WORD[u])}
            styles={{ label: { fontWeight: 400 } }}
            w={84}
            min={0}
            max={UNIT_MAX[u]}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            value={entry[u] ?? 0}
            onChange={(v) => onChange({ ...entry, [u]: v })}
            error={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
        ))}
      </Group>
      <Text size="sm" c="gray.7" id={hintId} mt={4}>
        {t('admin.policy.default', { value: defaultText })}
        {changed ? ` · ${t('admin.policy.changed')}` : ''}
      </Text>
      {error ? (
        <Text size="sm" c="red.8" id={errorId} role="alert">
          {error}
        </Text>
      ) : null}
      {clock ? (
        <Select
          mt="xs"
          label={t('admin.policy.clock.label')}
          description={t('admin.policy.clock.hint')}
          styles={HINT}
          value={clock.value}
          onChange={(v) => v && clock.onChange(v as Clock)}
          allowDeselect={false}
          data={(['elapsed', 'working'] as const).map((v) => ({ value: v, label: t(`admin.policy.clock.${v}`) }))}
          error={clock.error}
        />
      ) : null}
      {warning ? (
        <NumberInput
          mt="xs"
          label={warning.label ?? t('admin.policy.warnPercent')}
          description={t('admin.policy.warnHint')}
          styles={HINT}
          value={warning.value}
          onChange={warning.onChange}
          min={1}
          max={99}
          suffix=" %"
          allowDecimal={false}
          allowNegative={false}
          error={warning.error}
        />
      ) : null}
    </Fieldset>
  );
}
