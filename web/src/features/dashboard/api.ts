import { useQuery } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type ServicePoint = Schemas['ServicePointView'];

/** The office's service points (the caller's own office: the server scopes the list). */
export function useServicePoints() {
  return useQuery({ queryKey: ['service-points'], queryFn: () => data(client.GET('/service-points', { params: { query: { limit: 100 } } })) });
}
