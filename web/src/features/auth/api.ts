import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, client, data, type Schemas } from '../../lib/api';

export type Me = Schemas['MeView'];

/** Who is signed in; null (not an error) when nobody is. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await data(client.GET('/auth/me'));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

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
