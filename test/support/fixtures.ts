import { randomUUID } from 'node:crypto';
import { WITA_PROVINCES } from '../../src/common/time-zones';
import type { ApiClient, Stack } from './stack';

/** The regencies of the demo seed; tests leave them alone. */
export const DEMO_REGENCIES = ['17.02', '36.73', '15.02', '52.02', '61.05'];

export const RECORDING_SET = ['pc', 'fingerprint-scanner', 'iris-scanner', 'camera', 'signature-pad', 'card-reader'] as const;

export interface OfficeFixture {
  id: string;
  regencyCode: string;
  districts: string[];
  /** Signed-in people of this office. */
  operator: ApiClient;
  operator2: ApiClient;
  manager: ApiClient;
}

export interface UserFixture {
  id: string;
  username: string;
  password: string;
  client: ApiClient;
}

/** Creates a user through the admin API and signs them in. */
export async function createUser(
  stack: Stack,
  role: 'operator' | 'manager' | 'supervisor' | 'admin',
  placement: { officeId?: string; provinceCode?: string } = {},
): Promise<UserFixture> {
  const username = `${role.slice(0, 3)}.${randomUUID().slice(0, 8)}`;
  const password = `Pw-${randomUUID()}`;
  const res = await stack.post('/users', { username, displayName: `Pengguna ${username}`, role, password, ...placement });
  if (res.status !== 201) throw new Error(`user: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username, password, client: await stack.login(username, password) };
}

/** An office of its own for one test, in a regency no other test or the demo seed uses. */
/** The provinces of each zone, as the office's zone is set from its province (src/common/time-zones.ts). */
const ZONE_PROVINCES: Record<'WIB' | 'WITA' | 'WIT', string> = {
  WITA: `left(r.code, 2) = ANY(ARRAY[${WITA_PROVINCES.map((p) => `'${p}'`).join(',')}])`,
  WIT: `left(r.code, 1) IN ('8', '9')`,
  WIB: `NOT left(r.code, 2) = ANY(ARRAY[${WITA_PROVINCES.map((p) => `'${p}'`).join(',')}]) AND left(r.code, 1) NOT IN ('8', '9')`,
};

type OfficeOptions = { users?: boolean; minVillages?: number; zone?: 'WIB' | 'WITA' | 'WIT' };

/**
 * An office of its own for one test, in a regency no other test or the demo seed uses. In WIB unless
 * `zone` says otherwise, so a test's "today" (read in Asia/Jakarta) is the office's own.
 */
export async function createOffice(stack: Stack, options?: OfficeOptions & { users?: true }): Promise<OfficeFixture>;
export async function createOffice(stack: Stack, options: OfficeOptions & { users: false }): Promise<Omit<OfficeFixture, 'operator' | 'operator2' | 'manager'>>;
export async function createOffice(stack: Stack, options: OfficeOptions = {}): Promise<any> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { rows } = await stack.db.query(
      `SELECT r.code FROM regencies r
        WHERE NOT EXISTS (SELECT 1 FROM offices o WHERE o.regency_code = r.code) AND NOT (r.code = ANY($1))
          AND ${ZONE_PROVINCES[options.zone ?? 'WIB']}
          AND (SELECT count(*) FROM districts d WHERE d.regency_code = r.code) >= 2
          AND (SELECT count(*) FROM villages v JOIN districts d ON d.code = v.district_code WHERE d.regency_code = r.code) >= $2
        ORDER BY random() LIMIT 1`,
      [DEMO_REGENCIES, options.minVillages ?? 0],
    );
    const regencyCode = rows[0].code as string;
    const res = await stack.post('/offices', { regencyCode, name: `Dinas Dukcapil uji ${regencyCode}` });
    if (res.status === 409) continue;
    if (res.status !== 201) throw new Error(`office: ${res.status} ${JSON.stringify(res.body)}`);
    const districts = await stack.db.query('SELECT code FROM districts WHERE regency_code = $1 ORDER BY code', [regencyCode]);
    if (options.users === false) return { id: res.body.id, regencyCode, districts: districts.rows.map((r: { code: string }) => r.code) };
    const [operator, operator2, manager] = await Promise.all([
      createUser(stack, 'operator', { officeId: res.body.id }),
      createUser(stack, 'operator', { officeId: res.body.id }),
      createUser(stack, 'manager', { officeId: res.body.id }),
    ]);
    return {
      id: res.body.id,
      regencyCode,
      districts: districts.rows.map((r: { code: string }) => r.code),
      operator: operator.client,
      operator2: operator2.client,
      manager: manager.client,
    };
  }
  throw new Error('no free regency for a test office');
}

export async function createServicePoint(
  stack: Stack,
  office: OfficeFixture,
  options: { districtCode?: string; kind?: string; name?: string } = {},
): Promise<{ id: string; districtCode: string; name: string }> {
  const body = {
    officeId: office.id,
    districtCode: options.districtCode ?? office.districts[0],
    kind: options.kind ?? 'kecamatan-office',
    name: options.name ?? `Titik layanan ${randomUUID().slice(0, 8)}`,
  };
  const res = await stack.post('/service-points', body);
  if (res.status !== 201) throw new Error(`service point: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, districtCode: body.districtCode, name: body.name };
}

/** Registers a full recording set; returns the devices by kind. */
export async function addRecordingSet(stack: Stack, servicePointId: string): Promise<Record<string, { id: string; serialNumber: string }>> {
  const devices: Record<string, { id: string; serialNumber: string }> = {};
  for (const kind of RECORDING_SET) {
    const serialNumber = `T-${kind}-${randomUUID().slice(0, 12)}`;
    const res = await stack.post('/devices', { servicePointId, kind, serialNumber, owner: 'central' });
    if (res.status !== 201) throw new Error(`device: ${res.status} ${JSON.stringify(res.body)}`);
    devices[kind] = { id: res.body.id, serialNumber };
  }
  return devices;
}

export async function setPolicy(
  stack: Stack,
  officeId: string,
  policy: {
    triageSeconds: number;
    repairSeconds: number;
    verificationSeconds: number;
    reminderIntervalSeconds: number;
    escalationThresholdSeconds?: number;
    approvalReminderSeconds?: number;
    approvalSupervisorAfterSeconds?: number;
    replyWaitSeconds?: number;
    tourNoticeLeadSeconds?: number;
    tourKitFailurePolicy?: 'wait-for-repair' | 'shift-days';
    tourKitShiftDays?: number;
    tourOutagePolicy?: 'hold' | 'proceed-offline';
    outageEscalationSeconds?: number;
    backlogStallSeconds?: number;
    triageClock?: 'elapsed' | 'working';
    repairClock?: 'elapsed' | 'working';
    verificationClock?: 'elapsed' | 'working';
    reminderClock?: 'elapsed' | 'working';
    approvalReminderClock?: 'elapsed' | 'working';
    replyWaitClock?: 'elapsed' | 'working';
    triageWarnShare?: number | null;
    triageWarnBeforeSeconds?: number | null;
    repairWarnShare?: number | null;
    repairWarnBeforeSeconds?: number | null;
    verificationWarnShare?: number | null;
    verificationWarnBeforeSeconds?: number | null;
    replyWaitWarnShare?: number | null;
    replyWaitWarnBeforeSeconds?: number | null;
  },
): Promise<void> {
  const res = await stack.http('PUT', `/offices/${officeId}/sla-policy`, policy);
  if (res.status !== 200) throw new Error(`policy: ${res.status} ${JSON.stringify(res.body)}`);
}
