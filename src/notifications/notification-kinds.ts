/**
 * Every kind of notification the service writes (the `kind` column of notifications), with the words
 * a person reads when choosing how to receive it. A new kind that is not listed here is still
 * e-mailed (no preference row means `email`) but cannot be chosen for: add it here.
 */
export const NOTIFICATION_KINDS: Record<string, string> = {
  'repair-reminder': 'Pengingat kasus perbaikan yang melewati batas waktu',
  'deadline-warning': 'Peringatan sebelum batas waktu kasus perbaikan',
  'escalation-reminder': 'Pengingat surat eskalasi yang menunggu persetujuan',
  'escalation-reply-warning': 'Peringatan sebelum surat susulan disusun karena kementerian belum menanggapi',
  'escalation-decision': 'Keputusan manajer atas surat eskalasi: disetujui, ditolak atau diminta perbaikan',
  'escalation-solved': 'Masalah dalam surat eskalasi sudah selesai',
  'outage-reminder': 'Pengingat gangguan yang belum teratasi',
  'backlog-reminder': 'Pengingat sisa cetak KTP-el yang belum berkurang',
  'tour-reminder': 'Pengingat rencana jemput bola yang menunggu persetujuan',
  'tour-approved': 'Rencana jemput bola disetujui',
  'tour-rejected': 'Rencana jemput bola ditolak',
  'tour-kit-failure': 'Perangkat jemput bola rusak di tengah tur',
  'tour-kit-repaired': 'Perangkat jemput bola sudah diperbaiki',
  'tour-batch-rejected': 'Batch perekaman ditolak pusat',
  'tour-held-by-outage': 'Tur jemput bola ditahan karena gangguan',
  'tour-outage-resumed': 'Tur jemput bola dilanjutkan setelah gangguan teratasi',
  'tour-centre-down': 'Sistem pusat terganggu: tur merekam secara luring',
  'tour-village-notice': 'Pemberitahuan ke kepala desa',
  'tour-stop-overdue': 'Jadwal singgah jemput bola terlewat',
  digest: 'Ringkasan harian',
};

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS);

export const CHANNELS = ['email', 'in-app', 'digest'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The daily digest itself is always e-mailed to a person who has an address. */
export const DIGEST_KIND = 'digest';

export function channelsFor(kind: string): Channel[] {
  return kind === DIGEST_KIND ? ['email'] : [...CHANNELS];
}
