import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type Webhook = Schemas['WebhookView'];
export type WebhookDelivery = Schemas['WebhookDeliveryView'];
export type WebhookEventType = Schemas['WebhookEventTypeView']['type'];

const LIMIT = 20;

export function useWebhooks(page: number) {
  return useQuery({
    queryKey: ['admin', 'webhooks', { page }],
    queryFn: () => data(client.GET('/webhooks', { params: { query: { page, limit: LIMIT } } })),
    placeholderData: keepPreviousData,
  });
}

export function useWebhook(id: string) {
  return useQuery({ queryKey: ['admin', 'webhook', id], queryFn: () => data(client.GET('/webhooks/{id}', { params: { path: { id } } })) });
}

export function useWebhookEventTypes() {
  return useQuery({ queryKey: ['admin', 'webhook-event-types'], queryFn: () => data(client.GET('/webhooks/event-types')), staleTime: Infinity });
}

export function useWebhookDeliveries(id: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'webhook', id, 'deliveries', { page }],
    queryFn: () => data(client.GET('/webhooks/{id}/deliveries', { params: { path: { id }, query: { page, limit: LIMIT } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateWebhook() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateWebhookDto']) => data(client.POST('/webhooks', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'webhooks'] }),
  });
}

export function useUpdateWebhook(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateWebhookDto']) => data(client.PATCH('/webhooks/{id}', { params: { path: { id } }, body })),
    onSuccess: (w) => {
      queries.setQueryData(['admin', 'webhook', id], w);
      void queries.invalidateQueries({ queryKey: ['admin', 'webhooks'] });
    },
  });
}

export function useRotateWebhookSecret(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/webhooks/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'webhook', id] }),
  });
}

export function useDeleteWebhook(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.DELETE('/webhooks/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'webhooks'] }),
  });
}

export function useRedeliver(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => data(client.POST('/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['admin', 'webhook', id, 'deliveries'] }),
  });
}
