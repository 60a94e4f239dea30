import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type RepairCase = Schemas['RepairCaseView'];
export type RepairDetail = Schemas['RepairCaseDetail'];
export type RepairStatus = RepairCase['status'];
export type RepairAction = RepairCase['allowedActions'][number];
export type Device = Schemas['DeviceView'];

export function useRepairs(filter: { status?: RepairStatus; stalled?: boolean; page: number }) {
  const query = { page: filter.page, limit: 20, status: filter.status, stalled: filter.stalled ? true : undefined };
  return useQuery({ queryKey: ['repairs', filter], queryFn: () => data(client.GET('/repairs', { params: { query } })) });
}

export function useRepair(id: string) {
  return useQuery({ queryKey: ['repair', id], queryFn: () => data(client.GET('/repairs/{id}', { params: { path: { id } } })) });
}

export function useWorkingDevices() {
  return useQuery({
    queryKey: ['devices', 'active'],
    queryFn: () => data(client.GET('/devices', { params: { query: { status: 'active', limit: 100 } } })),
  });
}

export function useReportBroken() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['OpenRepairDto']) => data(client.POST('/repairs', { body })),
    onSuccess: () => queries.invalidateQueries(),
  });
}

/**
 * One of the case's actions; the answer is the case's new state, and the views read again. The
 * form builds the body from the fields the action needs (the server checks them and names a
 * missing one); the actions share their path shape, so the triage operation types the call.
 */
export function useRepairAction(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: RepairAction; body: Record<string, unknown> }) =>
      data(client.POST(`/repairs/{id}/${action}` as '/repairs/{id}/triage', { params: { path: { id } }, body: body as Schemas['TriageDto'] })),
    onSettled: () => queries.invalidateQueries(),
  });
}
