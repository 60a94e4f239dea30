/** Notices to village heads, in Bahasa Indonesia. */

export type NoticeKind = 'scheduled' | 'rescheduled' | 'postponed' | 'cancelled';

export interface NoticeFacts {
  kind: NoticeKind;
  villageName: string;
  districtName: string;
  regencyName: string;
  officeName: string;
  contactName: string | null;
  /** The visit's date now (scheduled, rescheduled). */
  date: string;
  /** The date the village was told before (rescheduled, postponed, cancelled). */
  previousDate: string | null;
  expectedResidents: number;
  /** The office's zone as read after an hour: WIB, WITA or WIT. */
  zone: string;
}

const LONG_DATE = new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', timeZone: 'UTC' });

/** "Senin, 30 November 2026" for 2026-11-30. */
export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

export function noticeText(f: NoticeFacts): { subject: string; body: string } {
  const village = `Desa/Kelurahan ${f.villageName}`;
  const greeting = `Yth. ${f.contactName ? `Bapak/Ibu ${f.contactName}, ` : ''}Kepala ${village}\nKecamatan ${f.districtName}`;
  const closing = `\n\nAtas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.\n\n${f.officeName}`;
  const before = f.previousDate ? longDate(f.previousDate) : longDate(f.date);
  const bring =
    'Mohon bantuan Bapak/Ibu mengumumkan kepada warga wajib KTP-el yang belum melakukan perekaman agar hadir dengan membawa Kartu Keluarga, ' +
    'serta menyiapkan tempat dan aliran listrik untuk perangkat perekaman.';
  switch (f.kind) {
    case 'scheduled':
      return {
        subject: `Pemberitahuan perekaman KTP-el keliling di ${village} pada ${longDate(f.date)}`,
        body:
          `${greeting}\n\nDinas Kependudukan dan Pencatatan Sipil ${f.regencyName} akan melaksanakan perekaman KTP-el keliling (jemput bola) ` +
          `di ${village} pada hari ${longDate(f.date)}, mulai pukul 08.00 ${f.zone}. Menurut data kami, sekitar ${f.expectedResidents} warga belum melakukan perekaman.\n\n${bring}${closing}`,
      };
    case 'rescheduled':
      return {
        subject: `Perubahan jadwal perekaman KTP-el keliling di ${village}`,
        body:
          `${greeting}\n\nPerekaman KTP-el keliling (jemput bola) di ${village} yang semula dijadwalkan pada hari ${before} ` +
          `dipindahkan ke hari ${longDate(f.date)}, mulai pukul 08.00 ${f.zone}. Mohon maaf atas perubahan ini.\n\n${bring}${closing}`,
      };
    case 'postponed':
      return {
        subject: `Penundaan perekaman KTP-el keliling di ${village}`,
        body:
          `${greeting}\n\nPerekaman KTP-el keliling (jemput bola) di ${village} yang dijadwalkan pada hari ${before} ditunda karena perangkat ` +
          `perekaman sedang rusak dan dalam perbaikan. Jadwal baru akan kami sampaikan setelah perangkat kembali berfungsi. Mohon maaf atas ketidaknyamanan ini.${closing}`,
      };
    case 'cancelled':
      return {
        subject: `Pembatalan perekaman KTP-el keliling di ${village}`,
        body:
          `${greeting}\n\nPerekaman KTP-el keliling (jemput bola) di ${village} yang dijadwalkan pada hari ${before} dibatalkan. ` +
          `Warga yang belum melakukan perekaman dapat datang ke kantor Dinas Kependudukan dan Pencatatan Sipil ${f.regencyName} atau kantor kecamatan yang melayani perekaman. ` +
          `Mohon maaf atas ketidaknyamanan ini.${closing}`,
      };
  }
}
