import type { OutageKind } from '../../workflows/outage.messages';

/** What officers and residents read for each kind of outage. */
export const OUTAGE_KIND_ID: Record<OutageKind, string> = {
  network: 'jaringan',
  'central-system': 'sistem pusat',
  server: 'server dinas',
  'server-blocked': 'server diblokir kementerian',
  power: 'listrik',
  'card-stock': 'blanko KTP-el habis',
};
