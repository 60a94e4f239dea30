import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';
import { type Me, useSignedIn } from '../../lib/session';

export type { Me };

/** Who is signed in; null (not an error) when nobody is. */
export const useMe = useSignedIn;

export function useLogin() {
  const queries = useQueryClient();
  return useMutation({
    // Signed in, the person is read as every page reads them (with their office's time zone).
    mutationFn: async (body: Schemas['LoginDto']): Promise<Me> => {
      await data(client.POST('/auth/login', { body }));
      return data(client.GET('/auth/me'));
    },
    // The person is known at once (the page they go to next must not see the "nobody" of before).
    onSuccess: (me) => {
      queries.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      queries.setQueryData<Me | null>(['me'], me);
    },
  });
}

export function useLogout() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/auth/logout')),
    onSettled: () => {
      queries.setQueryData(['me'], null);
      queries.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
}
