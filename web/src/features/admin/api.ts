import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type Office = Schemas['OfficeView'];
export type ServicePoint = Schemas['ServicePointView'];
export type User = Schemas['UserView'];
export type Role = User['role'];
export type ApiKey = Schemas['ApiKeyView'];
export type ApiKeyRole = ApiKey['role'];
export type SlaPolicy = Schemas['SlaPolicyView'];
export type Me = Schemas['MeView'];

export const ROLES: Role[] = ['operator', 'manager', 'supervisor', 'admin'];
export const API_KEY_ROLES: ApiKeyRole[] = ['operator', 'manager', 'supervisor'];
export const TIME_ZONES: Office['timeZone'][] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const LIMIT = 20;

export { useSignedInUser as useSignedIn } from '../../lib/session';

export function useOffices(page: number, q: string) {
  return useQuery({
    queryKey: ['admin', 'offices', { page, q }],
    queryFn: () => data(client.GET('/offices', { params: { query: { page, limit: LIMIT, q: q || undefined } } })),
    placeholderData: keepPreviousData,
  });
}

export function useOffice(id: string | null | undefined) {
  return useQuery({
    queryKey: ['office', id],
    queryFn: () => data(client.GET('/offices/{id}', { params: { path: { id: id as string } } })),
    enabled: !!id,
  });
}

export function useUpdateOffice(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateOfficeDto']) => data(client.PATCH('/offices/{id}', { params: { path: { id } }, body })),
    onSuccess: (office) => {
      queries.setQueryData(['office', id], office);
      void queries.invalidateQueries({ queryKey: ['admin', 'offices'] });
    },
  });
}

export function useServicePoints(officeId: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'service-points', { officeId, page }],
    queryFn: () => data(client.GET('/service-points', { params: { query: { officeId, page, limit: LIMIT } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateServicePoint(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateServicePointDto']) => data(client.PATCH('/service-points/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'service-points'] }),
  });
}

/** The CSV import (text/csv): creates or updates the office's points by name, all rows or none. */
export function useImportServicePoints(officeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      data(
        client.POST('/offices/{id}/service-points', {
          params: { path: { id: officeId } },
          body: csv,
          bodySerializer: (b: string) => b,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'service-points'] }),
  });
}

export function usePolicy(officeId: string) {
  return useQuery({
    queryKey: ['admin', 'sla-policy', officeId],
    queryFn: () => data(client.GET('/offices/{id}/sla-policy', { params: { path: { id: officeId } } })),
  });
}

export function useSetPolicy(officeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SlaPolicyDto']) => data(client.PUT('/offices/{id}/sla-policy', { params: { path: { id: officeId } }, body })),
    onSuccess: (policy) => queries.setQueryData(['admin', 'sla-policy', officeId], policy),
  });
}

export interface UserFilter {
  q: string;
  role: Role | null;
  officeId: string | null;
  active: boolean | null;
}

export function useUsers(page: number, f: UserFilter) {
  return useQuery({
    queryKey: ['admin', 'users', { page, ...f }],
    queryFn: () =>
      data(
        client.GET('/users', {
          params: {
            query: { page, limit: LIMIT, q: f.q || undefined, role: f.role ?? undefined, officeId: f.officeId ?? undefined, active: f.active ?? undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['admin', 'user', id], queryFn: () => data(client.GET('/users/{id}', { params: { path: { id } } })) });
}

export function useCreateUser() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateUserDto']) => data(client.POST('/users', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useUpdateUser(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateUserDto']) => data(client.PATCH('/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (user) => {
      queries.setQueryData(['admin', 'user', id], user);
      void queries.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
}

export function useProvinces() {
  return useQuery({
    queryKey: ['provinces'],
    queryFn: () => data(client.GET('/regions/provinces', { params: { query: { limit: 100 } } })),
    staleTime: Infinity,
  });
}

export function useRegencies(provinceCode: string | null) {
  return useQuery({
    queryKey: ['regencies', provinceCode],
    queryFn: () => data(client.GET('/regions/regencies', { params: { query: { province: provinceCode as string, limit: 100 } } })),
    enabled: !!provinceCode,
    staleTime: Infinity,
  });
}

export function useCreateOffice() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateOfficeDto']) => data(client.POST('/offices', { body })),
    onSuccess: (office) => {
      queries.setQueryData(['office', office.id], office);
      void queries.invalidateQueries({ queryKey: ['admin', 'offices'] });
    },
  });
}

export function useApiKeys(page: number) {
  return useQuery({
    queryKey: ['admin', 'api-keys', { page }],
    queryFn: () => data(client.GET('/api-keys', { params: { query: { page, limit: LIMIT } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateApiKey() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateApiKeyDto']) => data(client.POST('/api-keys', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'api-keys'] }),
  });
}

/**
 * A password for a new account or a reset, made in this browser from its cryptographic random
 * source (18 bytes, URL-safe base64: 24 characters), shown once to the admin who passes it on.
 */
export function generatePassword(): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    const password = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
    // The server's rule wants six different characters; 24 random ones have them all but always.
    if (new Set(password).size >= 6) return password;
  }
}

/** The fields a refusal names (validation_failed: errors[].field; invalid_input: field). */
export function refusedFields(error: unknown): string[] {
  const body = ((error as { body?: unknown } | null)?.body ?? {}) as { field?: unknown; errors?: Array<{ field?: unknown }> };
  const fields = (body.errors ?? []).map((e) => String(e.field ?? ''));
  if (typeof body.field === 'string') fields.push(body.field);
  return fields.filter(Boolean);
}

/** Input descriptions in a darker grey than Mantine's dimmed one: readable (WCAG AA contrast) under the field. */
export const HINT = { description: { color: 'var(--mantine-color-gray-7)' } };

export type WorkingWeek = Schemas['WorkingWeekView'];
export type CalendarDay = Schemas['CalendarDayView'];

export function useWorkingWeek(officeId: string) {
  return useQuery({
    queryKey: ['admin', 'working-week', officeId],
    queryFn: () => data(client.GET('/offices/{id}/calendar/working-week', { params: { path: { id: officeId } } })),
  });
}

export function useSetWorkingWeek(officeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['WorkingWeekDto']) => data(client.PUT('/offices/{id}/calendar/working-week', { params: { path: { id: officeId } }, body })),
    onSuccess: (week) => {
      queries.setQueryData(['admin', 'working-week', officeId], week);
      void queries.invalidateQueries({ queryKey: ['admin', 'calendar', officeId] });
    },
  });
}

/** The office's days from `from` to `to` (its own local days), each working or not and why. */
export function useOfficeCalendar(officeId: string, from: string, to: string) {
  return useQuery({
    queryKey: ['admin', 'calendar', officeId, { from, to }],
    queryFn: () => data(client.GET('/offices/{id}/calendar', { params: { path: { id: officeId }, query: { from, to } } })),
  });
}

export function useOfficeDaysOff(officeId: string) {
  return useQuery({
    queryKey: ['admin', 'calendar', officeId, 'days-off'],
    queryFn: () => data(client.GET('/offices/{id}/calendar/days-off', { params: { path: { id: officeId } } })),
  });
}

export function useSetOfficeDayOff(officeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ date, name }: { date: string; name: string }) =>
      data(client.PUT('/offices/{id}/calendar/days-off/{date}', { params: { path: { id: officeId, date } }, body: { name } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'calendar', officeId] }),
  });
}

export function useRemoveOfficeDayOff(officeId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => data(client.DELETE('/offices/{id}/calendar/days-off/{date}', { params: { path: { id: officeId, date } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'calendar', officeId] }),
  });
}

/** The national days off an admin decreed (cuti bersama), every year. */
export function useNationalDaysOff() {
  return useQuery({
    queryKey: ['admin', 'calendar', 'national'],
    queryFn: () => data(client.GET('/calendar/national-days-off')),
  });
}

export function useSetNationalDayOff() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ date, name }: { date: string; name: string }) =>
      data(client.PUT('/calendar/national-days-off/{date}', { params: { path: { date } }, body: { name } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'calendar'] }),
  });
}

export function useRemoveNationalDayOff() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => data(client.DELETE('/calendar/national-days-off/{date}', { params: { path: { date } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'calendar'] }),
  });
}
