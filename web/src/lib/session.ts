import { useQuery } from '@tanstack/react-query';
import { ApiError, client, data, type Schemas } from './api';

export type Me = Schemas['MeView'];

/**
 * Who is signed in, one cache entry for the whole app (the shell reads it first, pages read the
 * same entry): null, not an error, when nobody is.
 */
export function useSignedIn() {
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

/** Who is signed in, for pages inside the shell: it has read the entry before any page shows. */
export function useSignedInUser(): Me | null {
  return useSignedIn().data ?? null;
}
