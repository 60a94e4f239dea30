/**
 * Indonesia's three time zones. Every day and hour the service derives or prints for an office
 * (today, letter dates and numbers, a stop's 08:00, print-progress days, coverage trends) is the
 * office's own, in the zone stored on the office.
 */
export const OFFICE_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type OfficeTimeZone = (typeof OFFICE_TIME_ZONES)[number];

/** What officers and residents read after an hour: "pukul 08.00 WITA". */
export const ZONE_ABBREVIATIONS: Record<OfficeTimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * Provinces (Kemendagri codes) in WITA: Bali, NTB, NTT, Kalimantan Selatan, Timur and Utara, and
 * every province of Sulawesi. Maluku, Maluku Utara and every Papua province (8x, 9x) are WIT; the
 * rest (Sumatra, Java, Kalimantan Barat and Tengah) WIB.
 */
export const WITA_PROVINCES = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];

/** The zone of a province (or of a regency code such as 52.02). */
export function zoneOfProvince(code: string): OfficeTimeZone {
  const province = code.slice(0, 2);
  if (WITA_PROVINCES.includes(province)) return 'Asia/Makassar';
  if (province.startsWith('8') || province.startsWith('9')) return 'Asia/Jayapura';
  return 'Asia/Jakarta';
}

/** The zone's name as read after an hour, for any stored zone (WIB for an unknown one). */
export function zoneAbbreviation(zone: string): string {
  return ZONE_ABBREVIATIONS[zone as OfficeTimeZone] ?? 'WIB';
}

/** "Kamis, 11 Maret 2027 pukul 15.00 WIB": an instant as the office's own day and hour, in Indonesian. */
export function localInstant(at: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('id-ID', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('id-ID', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${date} pukul ${time} ${ZONE_ABBREVIATIONS[timeZone as OfficeTimeZone] ?? timeZone}`;
}
