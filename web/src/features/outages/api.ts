import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, client, data, type Schemas } from '../../lib/api';

export type Outage = Schemas['OutageView'];
export type OutageDetail = Schemas['OutageDetail'];
export type OutageKind = Outage['kind'];
export type OutageStatus = Outage['status'];
export type Me = Schemas['MeView'];

export const OUTAGE_KINDS: OutageKind[] = ['network', 'central-system', 'server', 'server-blocked', 'power', 'card-stock'];

/** What a person can do to an outage (the names of its routes, `POST /outages/{id}/<action>`). */
export const OUTAGE_ACTIONS = ['resolve', 'print-progress', 'overtime'] as const;
export type OutageAction = (typeof OUTAGE_ACTIONS)[number];

/** The actions the server allows this person now, those this page knows how to ask for. */
export function allowedActions(o: Outage): OutageAction[] {
  return OUTAGE_ACTIONS.filter((a) => o.allowedActions.includes(a));
}

export { useSignedInUser as useSignedIn } from '../../lib/session';

/** The office's outages, open ones first (the server orders them), one page at a time. */
export function useOutages(page: number) {
  return useQuery({
    queryKey: ['outages', { page }],
    queryFn: () => data(client.GET('/outages', { params: { query: { page, limit: 20 } } })),
  });
}

export function useOutage(id: string) {
  return useQuery({ queryKey: ['outage', id], queryFn: () => data(client.GET('/outages/{id}', { params: { path: { id } } })) });
}

/** An office (its regency says its time zone). */
export function useOffice(id: string | null | undefined) {
  return useQuery({
    queryKey: ['office', id],
    queryFn: () => data(client.GET('/offices/{id}', { params: { path: { id: id as string } } })),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
}

/** The office's service points, for choosing those an outage stops. */
export function useOfficeServicePoints(officeId: string | null | undefined) {
  return useQuery({
    queryKey: ['service-points', { officeId }],
    // Every page (100 a page): a large regency has more service points than one page holds.
    queryFn: () => allPages((page) => data(client.GET('/service-points', { params: { query: { officeId: officeId as string, limit: 100, page } } }))),
    enabled: !!officeId,
  });
}

export function useRecordOutage() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateOutageDto']) => data(client.POST('/outages', { body })),
    onSuccess: () => queries.invalidateQueries(),
  });
}

type ActionBody = { resolve: Schemas['ResolveOutageDto']; 'print-progress': Schemas['PrintProgressDto']; overtime: Schemas['OvertimeDto'] };
export type OutageActionRequest = { [A in OutageAction]: { action: A; body: ActionBody[A] } }[OutageAction];

/** One of the outage's actions; the answer is its workflow's new state, and the views read again. */
export function useOutageAction(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (req: OutageActionRequest) => {
      const params = { path: { id } };
      switch (req.action) {
        case 'resolve':
          return data(client.POST('/outages/{id}/resolve', { params, body: req.body }));
        case 'print-progress':
          return data(client.POST('/outages/{id}/print-progress', { params, body: req.body }));
        case 'overtime':
          return data(client.POST('/outages/{id}/overtime', { params, body: req.body }));
      }
    },
    onSettled: () => queries.invalidateQueries(),
  });
}
