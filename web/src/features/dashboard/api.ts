import { useQuery } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';
export { useSignedIn } from '../../lib/session';

export type ServicePoint = Schemas['ServicePointView'];
export type Dashboard = Schemas['DashboardView'];
export type NeedsYouItem = Schemas['NeedsYouItem'];


/** The office's service points (the caller's own office unless one is chosen: the server scopes the list). */
export function useServicePoints(officeId?: string) {
  return useQuery({
    queryKey: ['service-points', officeId ?? 'own'],
    queryFn: () => data(client.GET('/service-points', { params: { query: { limit: 100, officeId } } })),
  });
}

/** The office's counts and what needs the signed-in person; looked at again every half minute. */
export function useDashboard(officeId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', officeId ?? 'own'],
    queryFn: () => data(client.GET('/dashboard', { params: { query: { officeId } } })),
    enabled,
    refetchInterval: 30_000,
  });
}
