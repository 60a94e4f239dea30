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
    mutationFn: (body: Schemas['LoginDto']) => data(client.POST('/auth/login', { body })),
    // The person is known at once (the page they go to next must not see the "nobody" of before).
    onSuccess: (answer) => {
      queries.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      queries.setQueryData(['me'], answer.user);
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
