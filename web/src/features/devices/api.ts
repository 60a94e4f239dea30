import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';
import type { Me } from '../../lib/session';
export { useSignedIn } from '../../lib/session';

export type Device = Schemas['DeviceView'];
export type DeviceKind = Schemas['CreateDeviceDto']['kind'];
export type DeviceOwner = Schemas['CreateDeviceDto']['owner'];
export type ServicePoint = Schemas['ServicePointView'];
type Role = Me['role'];

export const DEVICE_KINDS: DeviceKind[] = ['pc', 'fingerprint-scanner', 'iris-scanner', 'camera', 'signature-pad', 'card-reader', 'card-printer'];
export const DEVICE_OWNERS: DeviceOwner[] = ['central', 'regional'];

/**
 * Who may register a device (POST /devices) and who may report one broken (POST /repairs): the
 * roles of those routes' access rules (the OpenAPI document's x-access). Devices carry no
 * allowedActions, so the page reads the signed-in person's role from /auth/me; the server still
 * checks the role and the office of every request, and its refusal is shown in words.
 */
const REGISTER_ROLES: readonly Role[] = ['operator', 'manager', 'admin'];
const REPORT_ROLES: readonly Role[] = ['operator', 'manager'];

export function mayRegister(me: Me | null | undefined): boolean {
  return !!me && REGISTER_ROLES.includes(me.role);
}

/** A working device of the person's own office can be reported broken (one under repair has its case already). */
export function mayReport(me: Me | null | undefined, device: Device): boolean {
  return !!me && REPORT_ROLES.includes(me.role) && me.officeId === device.officeId && device.status === 'active';
}


/** The office's service points (the person's own office unless one is chosen: the server scopes the list). */
export function useServicePoints(officeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['service-points', officeId ?? 'own'],
    queryFn: () => data(client.GET('/service-points', { params: { query: { limit: 100, officeId } } })),
    enabled,
  });
}

/** The devices of one service point (a recording set or a few: one page holds them). */
export function usePointDevices(servicePointId: string) {
  return useQuery({
    queryKey: ['devices', 'point', servicePointId],
    queryFn: () => data(client.GET('/devices', { params: { query: { servicePointId, limit: 100 } } })),
  });
}

/** Devices whose serial number contains `serial`, in the office (the server scopes the list). */
export function useDeviceSearch(serial: string, officeId: string | undefined) {
  return useQuery({
    queryKey: ['devices', 'serial', serial, officeId ?? 'own'],
    queryFn: () => data(client.GET('/devices', { params: { query: { serial, officeId, limit: 50 } } })),
    enabled: serial.length > 0,
  });
}

export function useRegisterDevice() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateDeviceDto']) => data(client.POST('/devices', { body })),
    onSuccess: () => Promise.all([queries.invalidateQueries({ queryKey: ['devices'] }), queries.invalidateQueries({ queryKey: ['service-points'] })]),
  });
}

/** Opens a repair case for the device; the answer is the new case. */
export function useReportBroken() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['OpenRepairDto']) => data(client.POST('/repairs', { body })),
    onSuccess: () => queries.invalidateQueries(),
  });
}
