import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type Letter = Schemas['EscalationView'];
export type LetterDetail = Schemas['EscalationDetail'];
export type LetterStatus = Letter['status'];
export type NumberedLetter = Schemas['EscalationLetterView'];

export const LETTER_STATUSES: LetterStatus[] = ['drafted', 'changes-requested', 'approved', 'awaiting-reply', 'closed', 'rejected', 'withdrawn'];

/** The decisions a manager takes on a draft; a letter whose allowedActions hold one waits for this person. */
export const DECISIONS = ['approve', 'request-changes', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];
export type LetterAction = Decision | 'edit' | 'reply' | 'withdraw';

/** Waits for this person's decision: they may approve it or send it back (a draft is the only state that allows both). */
export function awaitsMyDecision(l: Pick<Letter, 'allowedActions'>): boolean {
  return l.allowedActions.includes('approve') || l.allowedActions.includes('request-changes');
}

export function useLetters(filter: { status?: LetterStatus; page: number }) {
  const query = { page: filter.page, limit: 20, status: filter.status };
  return useQuery({ queryKey: ['letters', filter], queryFn: () => data(client.GET('/escalations', { params: { query } })) });
}

/** Drafts waiting for this person's decision (decisions are only taken on drafts; the server says whose). */
export function useLettersAwaitingMe() {
  return useQuery({
    queryKey: ['letters', 'awaiting-me'],
    queryFn: () => data(client.GET('/escalations', { params: { query: { status: 'drafted', limit: 100 } } })),
    select: (page) => page.items.filter(awaitsMyDecision),
  });
}

export function useLetter(id: string) {
  return useQuery({
    queryKey: ['letter', id],
    queryFn: () => data(client.GET('/escalations/{id}', { params: { path: { id } } })),
    // Approved: it is being numbered and sent, which takes a moment; look again until it is sent.
    refetchInterval: (q) => (q.state.data?.status === 'approved' ? 1500 : false),
  });
}

/** The repair cases a letter is about, by their descriptions (read one by one; a letter names a few). */
export function useLetterCases(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['repair', id], queryFn: () => data(client.GET('/repairs/{id}', { params: { path: { id } } })) })),
  });
}

export type EditBody = Schemas['EditEscalationDto'];

/**
 * One of the letter's actions: edit (PATCH), or a decision or the ministry's reply (POST). The
 * answer is the workflow's state after it; the letter and the lists are read again.
 */
export function useLetterAction(id: string) {
  const queries = useQueryClient();
  const path = { params: { path: { id } } };
  return useMutation({
    mutationFn: (a: { action: 'edit'; body: EditBody } | { action: 'approve' } | { action: 'reject'; body: Schemas['RejectDto'] } | { action: 'request-changes'; body: Schemas['RequestChangesDto'] } | { action: 'reply'; body: Schemas['ReplyDto'] } | { action: 'withdraw'; body: Schemas['WithdrawDto'] }) => {
      switch (a.action) {
        case 'edit':
          return data(client.PATCH('/escalations/{id}', { ...path, body: a.body }));
        case 'approve':
          return data(client.POST('/escalations/{id}/approve', path));
        case 'reject':
          return data(client.POST('/escalations/{id}/reject', { ...path, body: a.body }));
        case 'request-changes':
          return data(client.POST('/escalations/{id}/request-changes', { ...path, body: a.body }));
        case 'reply':
          return data(client.POST('/escalations/{id}/reply', { ...path, body: a.body }));
        case 'withdraw':
          return data(client.POST('/escalations/{id}/withdraw', { ...path, body: a.body }));
      }
    },
    onSettled: () => queries.invalidateQueries(),
  });
}

/** Where the letter's PDF is read: the numbered letter of a round, or the draft as it stands. */
export const letterPdfUrl = (id: string, round?: number) => `/escalations/${id}/letter.pdf${round ? `?round=${round}` : ''}`;
export const draftPdfUrl = (id: string) => `/escalations/${id}/draft.pdf`;
