/**
 * The words of the letters, in Bahasa Indonesia: generated from the facts of the linked repair
 * cases, editable by the drafter before approval.
 */

export const DEFAULT_RECIPIENT = 'Direktur Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri';

export interface CaseFact {
  deviceKind: string;
  serialNumber: string;
  servicePointName: string;
  districtName: string;
  /** When the breakdown was reported. */
  reportedOn: Date;
  alternatives: string[];
}

export interface DraftText {
  subject: string;
  body: string;
  attachments: string[];
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** 23 November 2026 */
export function tanggal(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function draftFromCases(officeName: string, regencyName: string, cases: CaseFact[]): DraftText {
  const plural = cases.length > 1;
  const subject = plural
    ? `Permohonan perbaikan ${cases.length} perangkat perekaman KTP-el di ${regencyName}`
    : `Permohonan perbaikan ${cases[0].deviceKind} perekaman KTP-el di ${cases[0].servicePointName}`;
  const lines = cases.map(
    (c, i) =>
      `${i + 1}. ${capitalise(c.deviceKind)} nomor seri ${c.serialNumber} di ${c.servicePointName} (Kecamatan ${c.districtName}), ` +
      `rusak sejak ${tanggal(c.reportedOn)}.` +
      (c.alternatives.length ? ` Sementara ini penduduk diarahkan ke ${c.alternatives.join(', ')}.` : ' Belum ada tempat perekaman pengganti di sekitarnya.'),
  );
  const body = [
    `Dengan hormat,`,
    `Bersama ini kami sampaikan bahwa ${plural ? 'perangkat' : 'perangkat'} perekaman KTP-el berikut pada ${officeName} mengalami kerusakan dan belum dapat diperbaiki:`,
    ...lines,
    `Kerusakan tersebut menghambat pelayanan perekaman KTP-el bagi penduduk. Sehubungan dengan hal tersebut, kami mohon bantuan Bapak/Ibu untuk perbaikan atau penggantian perangkat dimaksud.`,
    `Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.`,
  ].join('\n\n');
  // The device table is part of the letter itself; attachments are what the drafter adds.
  return { subject, body, attachments: [] };
}

export interface OutageFact {
  /** The kind in words: "jaringan", "sistem pusat", … */
  kindLabel: string;
  startedOn: Date;
  days: number;
  /** The service points it stops, or none for the whole office. */
  servicePoints: string[];
  stopsRecording: boolean;
  stopsPrinting: boolean;
  description: string;
}

/** A letter about an outage that drags on. */
export function draftFromOutage(officeName: string, regencyName: string, o: OutageFact): DraftText {
  const where = o.servicePoints.length ? o.servicePoints.join(', ') : `seluruh tempat pelayanan ${officeName}`;
  const stopped = [o.stopsRecording ? 'perekaman' : null, o.stopsPrinting ? 'pencetakan' : null].filter(Boolean).join(' dan ');
  const subject = `Permohonan penanganan gangguan ${o.kindLabel} pada pelayanan KTP-el di ${regencyName}`;
  const body = [
    `Dengan hormat,`,
    `Bersama ini kami sampaikan bahwa sejak ${tanggal(o.startedOn)} (${o.days} hari) terjadi gangguan ${o.kindLabel} di ${where}, ` +
      `sehingga ${stopped} KTP-el tidak dapat dilaksanakan. Keterangan: ${o.description}`,
    `Gangguan tersebut menghambat pelayanan KTP-el bagi penduduk, sementara layanan administrasi kependudukan lainnya tetap berjalan. ` +
      `Sehubungan dengan hal tersebut, kami mohon bantuan Bapak/Ibu agar gangguan dimaksud dapat segera ditangani.`,
    `Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.`,
  ].join('\n\n');
  return { subject, body, attachments: [] };
}

export interface EarlierLetter {
  number: string;
  date: Date;
}

/** A device of a follow-up still out of service on the day it is drafted. */
export interface BrokenFact extends CaseFact {
  /** Days out of service, counted to the day the follow-up is drafted (the office's day). */
  days: number;
}

/** A device repaired (or its report cancelled) since the last letter. */
export interface RepairedFact {
  deviceKind: string;
  serialNumber: string;
  servicePointName: string;
  districtName: string;
  on: Date;
  cancelled: boolean;
}

/** What a follow-up says, read from the facts on the day it is drafted. */
export interface FollowUpFacts {
  officeName: string;
  broken: BrokenFact[];
  repaired: RepairedFact[];
  /** Outages still unresolved, their days counted to that day. */
  outages: OutageFact[];
  /** Where the office is ("seluruh tempat pelayanan …" for an outage over the whole office). */
  wholeOfficePlace?: string;
}

/**
 * A "surat susulan": cites every earlier letter by number and date, and says how things stand on the
 * day it is drafted — days out of service counted to that day, devices repaired since the last letter
 * named as repaired (never again as broken).
 */
export function followUpText(originalSubject: string, earlier: EarlierLetter[], facts: FollowUpFacts): DraftText {
  const each = earlier.map((l) => `Nomor ${l.number} tanggal ${tanggal(l.date)}`);
  const cited = each.length > 1 ? `${each.slice(0, -1).join(', ')} dan ${each[each.length - 1]}` : each[0];
  const about = originalSubject.replace(/^Susulan: /, '');
  const subject = `Susulan: ${about}`;
  const paragraphs = [`Dengan hormat,`, `Menindaklanjuti surat kami ${cited}, perihal ${about}, sampai saat ini kami belum menerima tanggapan.`];
  if (facts.repaired.length) {
    paragraphs.push(
      `Sejak surat kami terakhir, perangkat berikut sudah tidak lagi memerlukan penanganan:`,
      ...facts.repaired.map(
        (r, i) =>
          `${i + 1}. ${capitalise(r.deviceKind)} nomor seri ${r.serialNumber} di ${r.servicePointName} (Kecamatan ${r.districtName}), ` +
          (r.cancelled ? `laporan kerusakannya dibatalkan pada ${tanggal(r.on)}.` : `sudah diperbaiki dan berfungsi kembali sejak ${tanggal(r.on)}.`),
      ),
    );
  }
  if (facts.broken.length) {
    paragraphs.push(
      `Perangkat perekaman KTP-el berikut pada ${facts.officeName} sampai hari ini masih rusak dan belum dapat diperbaiki:`,
      ...facts.broken.map(
        (c, i) =>
          `${i + 1}. ${capitalise(c.deviceKind)} nomor seri ${c.serialNumber} di ${c.servicePointName} (Kecamatan ${c.districtName}), ` +
          `rusak sejak ${tanggal(c.reportedOn)} (${c.days} hari).` +
          (c.alternatives.length ? ` Sementara ini penduduk diarahkan ke ${c.alternatives.join(', ')}.` : ' Belum ada tempat perekaman pengganti di sekitarnya.'),
      ),
    );
  }
  for (const o of facts.outages) {
    const where = o.servicePoints.length ? o.servicePoints.join(', ') : (facts.wholeOfficePlace ?? `seluruh tempat pelayanan ${facts.officeName}`);
    const stopped = [o.stopsRecording ? 'perekaman' : null, o.stopsPrinting ? 'pencetakan' : null].filter(Boolean).join(' dan ');
    paragraphs.push(
      `Gangguan ${o.kindLabel} di ${where} yang terjadi sejak ${tanggal(o.startedOn)} sampai hari ini masih berlangsung (${o.days} hari), ` +
        `sehingga ${stopped} KTP-el tetap tidak dapat dilaksanakan. Keterangan: ${o.description}`,
    );
  }
  paragraphs.push(
    `Keadaan tersebut masih menghambat pelayanan KTP-el bagi penduduk. Sehubungan dengan hal tersebut, kami mohon kembali bantuan Bapak/Ibu agar dapat segera ditindaklanjuti.`,
    `Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.`,
  );
  return { subject, body: paragraphs.join('\n\n'), attachments: [] };
}

/** Applies the office's pattern: `470/<seq>/Dukcapil/<year>` → 470/7/Dukcapil/2026. */
export function letterNumber(pattern: string, seq: number, year: number): string {
  return pattern.replace(/<seq>/g, String(seq)).replace(/<year>/g, String(year));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
