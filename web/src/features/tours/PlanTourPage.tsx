import { Anchor, Button, Checkbox, CloseButton, Group, MultiSelect, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText';
import { QueryState } from '../../components/QueryState';
import type { Schemas } from '../../lib/api';
import {
  useDevicesOf,
  useDistricts,
  useMobileUnits,
  useOffice,
  usePlanningCalendar,
  usePlanningTeam,
  usePlanTour,
  useSignedIn,
  useUnrecorded,
  useVillages,
} from './api';
import { addDays, OfficeZone, officeZone, todayInZone } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { fieldErrorsOf } from './fieldErrors';
import { KitDayPicker } from './KitDayPicker';

interface PlannedStop {
  villageCode: string;
  villageName: string;
  districtName: string;
  /** From the office's import; null when the village was not in it (then the expected count is required). */
  unrecorded: number | null;
  date: string | null;
  expected: number | string;
  contactName: string;
  contactEmail: string;
}

/** Kunjungan baru: a tour planned by an officer of the office, sent for a manager's approval. */
export function PlanTourPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const office = useOffice(me?.officeId);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('tours.plan.title')}
      </Title>
      {me?.officeId && (me.role === 'operator' || me.role === 'manager') ? (
        <QueryState query={office}>{(o) => <Planner office={o} zone={officeZone(o.timeZone)} />}</QueryState>
      ) : (
        <Text c="gray.7">{t('tours.plan.officeOnly')}</Text>
      )}
    </Stack>
  );
}

function Planner({ office, zone }: { office: Schemas['OfficeView']; zone: OfficeZone }) {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const today = todayInZone(zone);
  const [name, setName] = useState('');
  const [kitId, setKitId] = useState<string | null>(null);
  const [deviceIds, setDeviceIds] = useState<string[] | null>(null);
  const [teamIds, setTeamIds] = useState<string[]>(me?.id ? [me.id] : []);
  const [stops, setStops] = useState<PlannedStop[]>([]);
  const mobiles = useMobileUnits(office.id);
  const devices = useDevicesOf(kitId);
  const team = usePlanningTeam(office.id);
  // A year ahead at once: the calendar's months are browsed without asking again.
  const calendar = usePlanningCalendar(office.id, kitId, today, addDays(today, 365));
  const plan = usePlanTour();
  // A refusal is about the plan as it was sent: once the plan changes, it is cleared until the next answer.
  const { reset } = plan;
  useEffect(() => reset(), [reset, name, kitId, deviceIds, teamIds, stops]);
  const fieldErrors = fieldErrorsOf(plan.error);
  const errorOf = (field: string) => {
    const code = fieldErrors.get(field);
    if (!code) return undefined;
    return code === 'kit_busy' ? t('errors.kit_busy') : t(`tours.plan.fieldErrors.${field.replace(/^stops\.\d+\./, 'stop.')}`, { defaultValue: t('tours.plan.fieldErrors.other') });
  };
  const working = (devices.data?.items ?? []).filter((d) => d.status === 'active');
  const chosenDevices = deviceIds ?? working.map((d) => d.id);

  const update = (i: number, patch: Partial<PlannedStop>) => setStops((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kitId) return;
    plan.mutate(
      {
        officeId: office.id,
        name: name.trim(),
        teamUserIds: teamIds,
        kitServicePointId: kitId,
        kitDeviceIds: deviceIds ?? undefined,
        stops: stops.map((s) => ({
          villageCode: s.villageCode,
          date: s.date ?? '',
          expectedResidents: s.expected === '' ? undefined : Number(s.expected),
          contactName: s.contactName.trim() || undefined,
          contactEmail: s.contactEmail.trim() || undefined,
        })),
      },
      { onSuccess: (tour) => navigate(`/kunjungan/${tour.id}`) },
    );
  };

  return (
    // The fields the server names are marked in a darker red than Mantine's, for a 4.5:1 contrast.
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label={t('tours.plan.title')} noValidate style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as React.CSSProperties}>
      <Stack>
        <TextInput label={t('tours.name')} placeholder={t('tours.plan.namePlaceholder')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorOf('name')} />
        <Select
          label={t('tours.plan.kit')}
          description={t('tours.plan.kitHint')}
          descriptionProps={{ c: 'gray.7' }}
          required
          value={kitId}
          onChange={(v) => {
            setKitId(v);
            setDeviceIds(null);
          }}
          data={(mobiles.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          nothingFoundMessage={t('tours.plan.noMobileUnits')}
          error={errorOf('kitServicePointId')}
        />
        {kitId && devices.data ? (
          <Checkbox.Group label={t('tours.plan.devices')} value={chosenDevices} onChange={setDeviceIds} error={errorOf('kitDeviceIds')}>
            <Stack gap={4} mt="xs">
              {devices.data.items.length === 0 ? <Text c="gray.7">{t('tours.plan.noDevices')}</Text> : null}
              {devices.data.items.map((d) => (
                <Checkbox
                  key={d.id}
                  value={d.id}
                  disabled={d.status !== 'active'}
                  label={`${t(`tours.deviceKinds.${d.kind}`, { defaultValue: d.kind })} · ${d.serialNumber}${d.status === 'active' ? '' : ` (${t(`tours.deviceStatuses.${d.status}`)})`}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <MultiSelect
          label={t('tours.plan.team')}
          required
          searchable
          value={teamIds}
          onChange={setTeamIds}
          data={(team.data?.people ?? []).map((p) => ({ value: p.id, label: `${p.displayName} (${t(`tours.roles.${p.role}`, { defaultValue: p.role })})` }))}
          error={errorOf('teamUserIds')}
        />

        <VillagePicker
          office={office}
          chosen={stops.map((s) => s.villageCode)}
          onAdd={(v) => setStops((s) => [...s, { ...v, date: null, expected: '', contactName: '', contactEmail: '' }])}
        />

        <Title order={2} size="h4">
          {t('tours.plan.stops', { count: stops.length })}
        </Title>
        {stops.length === 0 ? <Text c="gray.7">{t('tours.plan.noStops')}</Text> : null}
        {errorOf('stops') ? (
          <Text c="red.9" size="sm">
            {errorOf('stops')}
          </Text>
        ) : null}
        {stops.map((s, i) => (
          <Paper key={s.villageCode} withBorder p="sm" component="section" aria-label={t('tours.plan.stopOf', { village: s.villageName })}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>
                  {i + 1}. {s.villageName} · {t('tours.district', { name: s.districtName })}
                </Text>
                <CloseButton aria-label={t('tours.plan.remove', { village: s.villageName })} onClick={() => setStops((all) => all.filter((_, j) => j !== i))} />
              </Group>
              <KitDayPicker
                label={t('tours.plan.date', { zone: zone.name })}
                value={s.date}
                today={today}
                calendar={calendar.data}
                otherDays={stops.filter((_, j) => j !== i).map((x) => x.date).filter((d): d is string => !!d)}
                onChange={(date) => update(i, { date })}
                error={errorOf(`stops.${i}.date`)}
              />
              <NumberInput
                label={t('tours.plan.expected')}
                description={s.unrecorded !== null ? t('tours.plan.expectedDefault', { count: s.unrecorded, formatted: formatNumber(s.unrecorded, i18n.language) }) : t('tours.plan.expectedRequired')}
                descriptionProps={{ c: 'gray.7' }}
                required={s.unrecorded === null}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={s.expected}
                onChange={(v) => update(i, { expected: v })}
                error={errorOf(`stops.${i}.expectedResidents`)}
              />
              <Group grow align="start" wrap="wrap">
                <TextInput label={t('tours.plan.contactName')} value={s.contactName} onChange={(e) => update(i, { contactName: e.currentTarget.value })} error={errorOf(`stops.${i}.contactName`)} miw={200} />
                <TextInput
                  label={t('tours.plan.contactEmail')}
                  type="email"
                  value={s.contactEmail}
                  onChange={(e) => update(i, { contactEmail: e.currentTarget.value })}
                  error={errorOf(`stops.${i}.contactEmail`)}
                  miw={200}
                />
              </Group>
              {errorOf(`stops.${i}.villageCode`) ? (
                <Text c="red.9" size="sm">
                  {errorOf(`stops.${i}.villageCode`)}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ))}
        <Text size="sm" c="gray.7">
          {t('tours.plan.legend')}
        </Text>
        <ErrorText error={plan.error} />
        <Group>
          <Button type="submit" loading={plan.isPending} disabled={!kitId || stops.length === 0}>
            {t('tours.plan.submit')}
          </Button>
          <Anchor component={Link} to="/kunjungan">
            {t('tours.back')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Villages by kecamatan, with the residents not yet recorded there (the office's import), most first. */
function VillagePicker({
  office,
  chosen,
  onAdd,
}: {
  office: Schemas['OfficeView'];
  chosen: string[];
  onAdd: (v: Pick<PlannedStop, 'villageCode' | 'villageName' | 'districtName' | 'unrecorded'>) => void;
}) {
  const { t, i18n } = useTranslation();
  const [district, setDistrict] = useState<string | null>(null);
  const districts = useDistricts(office.regencyCode);
  const villages = useVillages(district);
  const unrecorded = useUnrecorded(office.id);
  const counts = useMemo(() => new Map((unrecorded.data?.villages ?? []).map((v) => [v.villageCode, v])), [unrecorded.data]);
  const districtName = districts.data?.items.find((d) => d.code === district)?.name ?? '';
  const rows = (villages.data ?? [])
    .map((v) => ({ ...v, unrecorded: counts.get(v.code)?.unrecorded ?? null }))
    .sort((a, b) => (b.unrecorded ?? -1) - (a.unrecorded ?? -1) || a.name.localeCompare(b.name));
  // The kecamatan with imported counts say how many residents wait there.
  const waiting = (code: string) => (unrecorded.data?.villages ?? []).filter((v) => v.districtCode === code).reduce((n, v) => n + v.unrecorded, 0);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('tours.plan.villages')}
      </Title>
      <Select
        label={t('tours.plan.district')}
        searchable
        value={district}
        onChange={setDistrict}
        data={(districts.data?.items ?? []).map((d) => {
          const n = waiting(d.code);
          return { value: d.code, label: n > 0 ? t('tours.plan.districtWaiting', { name: d.name, formatted: formatNumber(n, i18n.language) }) : d.name };
        })}
        maw={480}
      />
      {district ? (
        <QueryState query={villages} empty={(d) => d.length === 0} emptyText={t('tours.plan.noVillages')}>
          {() => (
            <Table.ScrollContainer minWidth={320} mah={360}>
              <Table stickyHeader aria-label={t('tours.plan.villagesOf', { name: districtName })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tours.plan.village')}</Table.Th>
                    <Table.Th>{t('tours.plan.unrecorded')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('tours.plan.add')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((v) => (
                    <Table.Tr key={v.code}>
                      <Table.Td>{v.name}</Table.Td>
                      <Table.Td>{v.unrecorded === null ? t('tours.plan.notImported') : formatNumber(v.unrecorded, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          disabled={chosen.includes(v.code)}
                          onClick={() => onAdd({ villageCode: v.code, villageName: v.name, districtName, unrecorded: v.unrecorded })}
                        >
                          {/* Named by its village too, for screen readers: "Tambah Cibulan". */}
                          {chosen.includes(v.code) ? t('tours.plan.added') : t('tours.plan.add')}
                          <VisuallyHidden> {v.name}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      ) : null}
    </Stack>
  );
}
