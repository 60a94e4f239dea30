import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';

export interface ServicePoint {
  id: string;
  name: string;
  kind: string;
  districtCode: string;
  canRecord: boolean;
  canPrint: boolean;
  recordDownSince: string | null;
  printDownSince: string | null;
}

/** The office's service points (the caller's own office: the server scopes the list). */
export function useServicePoints() {
  return useQuery({ queryKey: ['service-points'], queryFn: () => get<{ items: ServicePoint[]; total: number }>('/service-points?limit=100') });
}
