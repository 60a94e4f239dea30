import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../lib/api';

export type RepairStatus = 'reported' | 'triaged' | 'awaiting-repair' | 'repaired' | 'closed' | 'cancelled';
export type RepairAction = 'triage' | 'request-repair' | 'mark-repaired' | 'verify' | 'cancel';

export interface RepairCase {
  id: string;
  status: RepairStatus;
  description: string;
  deadlineAt: string | null;
  stalled: boolean;
  reportedBy: string;
  openedAt: string;
  allowedActions: RepairAction[];
}

export interface RepairDetail extends RepairCase {
  device: { id: string; kind: string; serialNumber: string; status: string };
  servicePoint: { id: string; name: string; canRecord: boolean; canPrint: boolean };
  alternatives: Array<{ id: string; name: string; sameDistrict: boolean }>;
  escalations: Array<{ id: string; status: string; round: number; letterNumber: string | null }>;
  timeline: Array<{ seq: number; event: string; actor: string; note: string | null; occurredAt: string }>;
}

export interface Device {
  id: string;
  kind: string;
  serialNumber: string;
  status: string;
  servicePointId: string;
}

export function useRepairs(filter: { status?: string; stalled?: boolean; page: number }) {
  const params = new URLSearchParams({ page: String(filter.page), limit: '20' });
  if (filter.status) params.set('status', filter.status);
  if (filter.stalled) params.set('stalled', 'true');
  return useQuery({ queryKey: ['repairs', filter], queryFn: () => get<{ items: RepairCase[]; total: number; page: number; limit: number }>(`/repairs?${params}`) });
}

export function useRepair(id: string) {
  return useQuery({ queryKey: ['repair', id], queryFn: () => get<RepairDetail>(`/repairs/${id}`) });
}

export function useWorkingDevices() {
  return useQuery({ queryKey: ['devices', 'active'], queryFn: () => get<{ items: Device[] }>('/devices?status=active&limit=100') });
}

export function useReportBroken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { deviceId: string; description: string }) => post<RepairCase>('/repairs', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** One of the case's actions; the answer is the case's new state, and the views read again. */
export function useRepairAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: RepairAction; body: Record<string, unknown> }) => post(`/repairs/${id}/${action}`, body),
    onSettled: () => client.invalidateQueries(),
  });
}
