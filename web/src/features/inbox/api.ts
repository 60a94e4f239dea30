import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../lib/api';

export interface Notification {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
  read: boolean;
  createdAt: string;
}

interface Inbox {
  items: Notification[];
  total: number;
  unread: number;
}

export function useInbox() {
  // The badge counts on every page: look again every half minute.
  return useQuery({ queryKey: ['inbox'], queryFn: () => get<Inbox>('/notifications?limit=50'), refetchInterval: 30_000 });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post(`/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inbox'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post('/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inbox'] }),
  });
}
