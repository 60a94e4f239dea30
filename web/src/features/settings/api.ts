import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';
import type { Me } from '../../lib/session';

export type Preference = Schemas['PreferenceView'];
export type Channel = Preference['channel'];

/** The signed-in person's channel for every kind of notification. */
export function usePreferences() {
  return useQuery({ queryKey: ['notification-preferences'], queryFn: () => data(client.GET('/notification-preferences')) });
}

export function useSetPreference() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SetPreferenceDto']) => data(client.PUT('/notification-preferences', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['notification-preferences'] }),
  });
}

/** The person's own e-mail address (empty removes it). */
export function useSetEmail() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (email: string | null) => data(client.PATCH('/auth/me', { body: { email } })),
    onSuccess: (me) => {
      queries.setQueryData<Me | null>(['me'], me);
      void queries.invalidateQueries({ queryKey: ['notification-preferences'] });
    },
  });
}
