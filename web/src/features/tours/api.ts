import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, client, data, type Schemas } from '../../lib/api';

export type TourListItem = Schemas['TourListItem'];
export type TourDetail = Schemas['TourDetail'];
export type TourStop = Schemas['TourStopView'];
export type TourStatus = TourListItem['status'];
export type StopStatus = TourStop['status'];
export type TourReport = Schemas['TourReport'];
export type ReportBatch = Schemas['ReportBatch'];
export type PlanningCalendar = Schemas['PlanningCalendarView'];
export type Me = Schemas['MeView'];

export const TOUR_STATUSES: TourStatus[] = ['planned', 'approved', 'in-progress', 'completed', 'cancelled', 'rejected'];

export { useSignedInUser as useSignedIn } from '../../lib/session';

export function useTours(query: { page: number; status?: TourStatus; officeId?: string }) {
  return useQuery({
    queryKey: ['tours', query],
    queryFn: () => data(client.GET('/tours', { params: { query: { ...query, limit: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

/** A tour; read again every `poll(tour)` milliseconds while something is still on its way (false: not). */
export function useTour(id: string, poll: (t: TourDetail) => number | false = () => false) {
  return useQuery({
    queryKey: ['tour', id],
    queryFn: () => data(client.GET('/tours/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data ? poll(q.state.data) : false),
  });
}

/** Batches waiting for the centre: sent, or received and not yet sent. */
export const unsettled = (b: { status: string }) => b.status === 'received' || b.status === 'sent';

/** The report, with each batch's sync state: read again every two seconds while any batch is not yet answered by the centre. */
export function useReport(id: string) {
  return useQuery({
    queryKey: ['tour', id, 'report'],
    queryFn: () => data(client.GET('/tours/{id}/report', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.villages.some((v) => v.batches.some(unsettled)) ? 2000 : false),
  });
}

export function useOffice(id: string | null | undefined) {
  return useQuery({
    queryKey: ['office', id],
    queryFn: () => data(client.GET('/offices/{id}', { params: { path: { id: id as string } } })),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
}

/** The office's mobile units: a tour's kit is one of them. */
export function useMobileUnits(officeId: string) {
  return useQuery({
    queryKey: ['service-points', { officeId, kind: 'mobile-unit' }],
    queryFn: () => data(client.GET('/service-points', { params: { query: { officeId, kind: 'mobile-unit', limit: 100 } } })),
  });
}

/** A service point's devices (the kit of a mobile unit). */
export function useDevicesOf(servicePointId: string | null) {
  return useQuery({
    queryKey: ['devices', { servicePointId }],
    queryFn: () => data(client.GET('/devices', { params: { query: { servicePointId: servicePointId as string, limit: 100 } } })),
    enabled: !!servicePointId,
  });
}

export function usePlanningTeam(officeId: string) {
  return useQuery({
    queryKey: ['planning-team', officeId],
    queryFn: () => data(client.GET('/tours/planning-team', { params: { query: { officeId } } })),
  });
}

/** The kit's booked days and the office's days off from `from` to `to` (the office's days). */
export function usePlanningCalendar(officeId: string, kitServicePointId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: ['planning-calendar', { officeId, kitServicePointId, from, to }],
    queryFn: () => data(client.GET('/tours/planning-calendar', { params: { query: { officeId, kitServicePointId: kitServicePointId ?? undefined, from, to } } })),
    placeholderData: keepPreviousData,
  });
}

export function useDistricts(regencyCode: string | undefined) {
  return useQuery({
    queryKey: ['districts', regencyCode],
    queryFn: () => data(client.GET('/regions/districts', { params: { query: { regency: regencyCode, limit: 100 } } })),
    enabled: !!regencyCode,
    staleTime: 60 * 60_000,
  });
}

/** Every village of a kecamatan (100 a page). */
export function useVillages(districtCode: string | null) {
  return useQuery({
    queryKey: ['villages', districtCode],
    queryFn: () => allPages((page) => data(client.GET('/regions/villages', { params: { query: { district: districtCode as string, limit: 100, page } } }))),
    enabled: !!districtCode,
    staleTime: 60 * 60_000,
  });
}

/** The residents not yet recorded per village, as last imported for the office. */
export function useUnrecorded(officeId: string) {
  return useQuery({
    queryKey: ['unrecorded', officeId],
    queryFn: () => data(client.GET('/offices/{id}/unrecorded-residents', { params: { path: { id: officeId } } })),
  });
}

export function usePlanTour() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateTourDto']) => data(client.POST('/tours', { body })),
    onSuccess: () => queries.invalidateQueries(),
  });
}

/** What a person can do to a tour or one of its stops (the names of the routes): the server lists them in allowedActions. */
export type TourAction = Schemas['TourAction'];
export type StopAction = Schemas['TourStopAction'];

export type ActionRequest =
  | { action: 'approve' }
  | { action: 'reject' | 'cancel'; reason: string }
  | { action: 'kit-failure'; deviceId: string; description: string }
  | { action: 'check-in' | 'complete'; stopId: string }
  | { action: 'skip'; stopId: string; reason: string }
  | { action: 'reschedule'; stopId: string; date: string };

/** One of the tour's actions; the answer is its workflow's new state, and the views read again. */
export function useTourAction(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (req: ActionRequest) => {
      const path = { id };
      switch (req.action) {
        case 'approve':
          return data(client.POST('/tours/{id}/approve', { params: { path } }));
        case 'reject':
          return data(client.POST('/tours/{id}/reject', { params: { path }, body: { reason: req.reason } }));
        case 'cancel':
          return data(client.POST('/tours/{id}/cancel', { params: { path }, body: { reason: req.reason } }));
        case 'kit-failure':
          return data(client.POST('/tours/{id}/kit-failure', { params: { path }, body: { deviceId: req.deviceId, description: req.description } }));
        case 'check-in':
          return data(client.POST('/tours/{id}/stops/{stopId}/check-in', { params: { path: { id, stopId: req.stopId } } }));
        case 'complete':
          return data(client.POST('/tours/{id}/stops/{stopId}/complete', { params: { path: { id, stopId: req.stopId } } }));
        case 'skip':
          return data(client.POST('/tours/{id}/stops/{stopId}/skip', { params: { path: { id, stopId: req.stopId } }, body: { reason: req.reason } }));
        case 'reschedule':
          return data(client.POST('/tours/{id}/stops/{stopId}/reschedule', { params: { path: { id, stopId: req.stopId } }, body: { date: req.date } }));
      }
    },
    onSettled: () => queries.invalidateQueries({ queryKey: ['tour', id] }),
  });
}
