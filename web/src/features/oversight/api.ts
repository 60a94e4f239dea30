import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../lib/api';

export type NationalOversight = Schemas['NationalOversightView'];
export type ProvinceOversight = Schemas['ProvinceOversightView'];
export type RegencyOversight = Schemas['RegencyOversight'];
export type ProvinceSeries = Schemas['ProvinceSeriesView'];
export type LetterAwaitingReply = Schemas['LetterAwaitingReply'];

/** How many days the province's charts look back. */
export const SERIES_DAYS = 30;

/** Per province the signed-in person may read. */
export function useNational(enabled = true) {
  return useQuery({ queryKey: ['oversight'], queryFn: () => data(client.GET('/oversight')), enabled });
}

export function useProvince(code: string) {
  return useQuery({
    queryKey: ['oversight', 'province', code],
    queryFn: () => data(client.GET('/oversight/provinces/{code}', { params: { path: { code }, query: { top: 5 } } })),
  });
}

export function useProvinceSeries(code: string) {
  return useQuery({
    queryKey: ['oversight', 'series', code, SERIES_DAYS],
    queryFn: () => data(client.GET('/oversight/provinces/{code}/series', { params: { path: { code }, query: { days: SERIES_DAYS } } })),
  });
}

/** The letters awaiting the ministry's reply, the longest waiting first, one page at a time. */
export function useLettersAwaitingReply(province: string | null, page: number) {
  return useQuery({
    queryKey: ['oversight', 'letters', { province, page }],
    queryFn: () => data(client.GET('/oversight/letters-awaiting-reply', { params: { query: { page, limit: 20, ...(province ? { province } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}
