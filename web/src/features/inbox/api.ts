import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type Notification = Schemas['NotificationView'];

export function useInbox() {
  // The badge counts on every page: look again every half minute.
  return useQuery({ queryKey: ['inbox'], queryFn: () => data(client.GET('/notifications', { params: { query: { limit: 50 } } })), refetchInterval: 30_000 });
}

export function useMarkRead() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['inbox'] }),
  });
}

export function useMarkAllRead() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/notifications/read-all')),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['inbox'] }),
  });
}
