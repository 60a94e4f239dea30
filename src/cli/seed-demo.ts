/**
 * `npm run seed:demo` (while `npm start` runs): loads the five regencies of the field stories
 * through the API — an office each, a service point with a recording set for every kecamatan and a
 * card printer at the office — and one user per role for each office, whose credentials it prints
 * (DEMO ONLY: every run sets new passwords). Idempotent otherwise: what exists is left as it is.
 * API_URL defaults to http://127.0.0.1:$PORT. It signs in as SEED_ADMIN_USERNAME /
 * SEED_ADMIN_PASSWORD, or as the development admin that `npm start` keeps in .data/bootstrap-admin.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePassword } from '../auth/secrets';
import { projectRoot } from '../common/project-root';

const DEMO_REGENCIES = [
  { code: '17.02', story: 'Rejang Lebong: mobile recording halted by a central system problem (2025)' },
  { code: '36.73', story: 'Kota Serang: Cipocok Jaya without recording for five months (2021)' },
  { code: '15.02', story: 'Merangin: a week without recording or printing, the server down' },
  { code: '52.02', story: 'Lombok Tengah: server blocked for 10 days, ~7,000 cards unprinted' },
  { code: '61.05', story: 'Sintang: recording sets broken in 11 of 14 kecamatan (2018)' },
];

const RECORDING_SET = ['pc', 'fingerprint-scanner', 'iris-scanner', 'camera', 'signature-pad', 'card-reader'] as const;
const SHORT: Record<string, string> = {
  pc: 'PC',
  'fingerprint-scanner': 'FP',
  'iris-scanner': 'IR',
  camera: 'CM',
  'signature-pad': 'SP',
  'card-reader': 'CR',
  'card-printer': 'PR',
};

const api = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
let token = '';

function adminCredentials(): { username: string; password: string } {
  if (process.env.SEED_ADMIN_USERNAME && process.env.SEED_ADMIN_PASSWORD) {
    return { username: process.env.SEED_ADMIN_USERNAME, password: process.env.SEED_ADMIN_PASSWORD };
  }
  const file = path.join(process.env.DATA_DIR ?? path.join(projectRoot(), '.data'), 'bootstrap-admin.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  throw new Error(`set SEED_ADMIN_USERNAME and SEED_ADMIN_PASSWORD (no ${file} from npm start either)`);
}

async function call<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function must<T = any>(method: string, path: string, body?: unknown, accept: number[] = [200, 201]): Promise<{ status: number; body: T }> {
  const res = await call<T>(method, path, body);
  if (!accept.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

async function ensureOffice(regencyCode: string, regencyName: string): Promise<string> {
  const created = await must('POST', '/offices', { regencyCode, name: `Dinas Kependudukan dan Pencatatan Sipil ${regencyName}` }, [201, 409]);
  return created.status === 201 ? created.body.id : created.body.officeId;
}

async function ensureServicePoint(officeId: string, districtCode: string, kind: string, name: string): Promise<string> {
  const created = await must('POST', '/service-points', { officeId, districtCode, kind, name }, [201, 409]);
  if (created.status === 201) return created.body.id;
  const list = await must('GET', `/service-points?officeId=${officeId}&district=${districtCode}&limit=100`);
  const found = list.body.items.find((sp: { name: string }) => sp.name === name);
  if (!found) throw new Error(`service point ${name} exists but was not found`);
  return found.id;
}

async function ensureDevice(servicePointId: string, kind: string, serialNumber: string): Promise<boolean> {
  const res = await must('POST', '/devices', { servicePointId, kind, serialNumber, owner: 'central', model: 'Perangkat perekaman KTP-el' }, [201, 409]);
  return res.status === 201;
}

interface DemoUser {
  username: string;
  role: string;
  office: string;
  password: string;
}

/** Creates the user, or gives an existing one a fresh password, so the printed credentials always work. */
async function ensureUser(username: string, displayName: string, role: string, placement: Record<string, string>): Promise<string> {
  const password = generatePassword();
  const created = await must('POST', '/users', { username, displayName, role, password, ...placement }, [201, 409]);
  if (created.status === 409) {
    const query = placement.officeId ? `officeId=${placement.officeId}&role=${role}` : `role=${role}`;
    const found = (await must('GET', `/users?${query}&limit=100`)).body.items.find((u: { username: string }) => u.username === username);
    if (!found) throw new Error(`user ${username} exists but was not found`);
    await must('PATCH', `/users/${found.id}`, { password, active: true });
  }
  return password;
}

async function main(): Promise<void> {
  const admin = adminCredentials();
  token = (await must('POST', '/auth/login', { username: admin.username, password: admin.password })).body.token;
  const users: DemoUser[] = [];
  const provinces = new Set<string>();
  let devicesAdded = 0;
  for (const { code, story } of DEMO_REGENCIES) {
    const regency = (await must('GET', `/regions/regencies?province=${code.slice(0, 2)}&limit=100`)).body.items.find(
      (r: { code: string }) => r.code === code,
    );
    const officeId = await ensureOffice(code, regency.name);
    const districts: Array<{ code: string; name: string }> = (await must('GET', `/regions/districts?regency=${code}&limit=100`)).body.items;
    // The office sits in the kecamatan that carries the regency's name, when there is one.
    const seat = districts.find((d) => regency.name.endsWith(d.name)) ?? districts[0];
    const hq = await ensureServicePoint(officeId, seat.code, 'office-hq', `Kantor Dinas Dukcapil ${regency.name}`);
    for (const kind of [...RECORDING_SET, 'card-printer']) {
      if (await ensureDevice(hq, kind, `DEMO-${code.replace('.', '')}-HQ-${SHORT[kind]}`)) devicesAdded++;
    }
    for (const d of districts) {
      const sp = await ensureServicePoint(officeId, d.code, 'kecamatan-office', `Kantor Kecamatan ${d.name}`);
      for (const kind of RECORDING_SET) {
        if (await ensureDevice(sp, kind, `DEMO-${d.code.replace(/\./g, '')}-${SHORT[kind]}`)) devicesAdded++;
      }
    }
    console.log(`${regency.name} (${code}): office ${officeId}, ${districts.length} kecamatan — ${story}`);
    const short = code.replace('.', '');
    for (const role of ['operator', 'manager'] as const) {
      const username = `${role}.${short}`;
      const name = `${role === 'operator' ? 'Operator' : 'Kepala Dinas'} ${regency.name}`;
      users.push({ username, role, office: regency.name, password: await ensureUser(username, name, role, { officeId }) });
    }
    provinces.add(code.slice(0, 2));
  }
  for (const province of provinces) {
    const username = `supervisor.${province}`;
    users.push({ username, role: 'supervisor', office: `provinsi ${province}`, password: await ensureUser(username, `Pengawas provinsi ${province}`, 'supervisor', { provinceCode: province }) });
  }
  console.log('\nDEMO ONLY — demo accounts (passwords are reset on every run):');
  for (const u of users) console.log(`  ${u.username.padEnd(16)} ${u.role.padEnd(10)} ${u.password}  (${u.office})`);
  console.log(`demo seed done: ${devicesAdded} devices added (0 means everything was already there)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
