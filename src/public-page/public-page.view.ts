import { createHash } from 'node:crypto';
import { zoneAbbreviation } from '../common/time-zones';
import type { PublicAvailability, PublicRegencyChoice, PublicServicePoint, RecordInsteadPlace } from '../outages/public-availability.service';
import { WEEKDAYS, type OpeningHoursEntry, type Weekday } from '../registry/places';
import { Html, html, trusted } from './html';

/**
 * The public availability page as residents read it on a phone: server-rendered HTML in Bahasa
 * Indonesia that works without JavaScript, with its few lines of style inline (allowed by hash in
 * its Content-Security-Policy) and an optional "nearest to me" button for browsers that run scripts.
 */

/** Where the page lives; a regency's page is `/ketersediaan/61.05`, a kecamatan's `/ketersediaan/61.05.14`. */
export const PAGE_PATH = '/ketersediaan';

export const regionPath = (code: string) => `${PAGE_PATH}/${code}`;

const CSS = [
  '*{box-sizing:border-box}',
  'body{margin:0 auto;max-width:42rem;padding:0 .75rem 2rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}',
  'h1{font-size:1.4rem;line-height:1.25;margin:.75rem 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}.nama{font-size:1.05rem;margin:0}',
  'a{color:#0b4f8a}.atas{margin:.5rem 0 0;font-size:.9rem}.kecil{font-size:.9rem;color:#4a4a4a}',
  '.titik{border:1px solid #c8c8c8;border-left:.4rem solid #a4161a;border-radius:.25rem;padding:.6rem .75rem;margin:.75rem 0}.titik.bisa{border-left-color:#0b6b3a}',
  'ul,ol{margin:.25rem 0;padding-left:1.25rem}p{margin:.25rem 0}',
  '.ya{color:#0b6b3a;font-weight:600}.tidak{color:#a4161a;font-weight:600}',
  '.ganti{background:#f4f4f4;border-radius:.25rem;padding:.4rem .6rem;margin-top:.5rem}.ganti li{margin:.35rem 0}',
  '.lama{background:#fff4d6;border:1px solid #b08500;padding:.5rem;border-radius:.25rem}',
  'label{display:block;font-weight:600;margin:.75rem 0 .25rem}select,button{font:inherit;padding:.5rem;max-width:100%}select{width:100%}button{margin-top:.5rem;min-height:2.75rem}',
].join('');

/**
 * Without JavaScript nothing happens; with it, a button asks the browser where the resident is and
 * opens the same page sorted nearest first (`?lat=&lon=`). Geolocation needs HTTPS (or localhost).
 */
const SCRIPT = [
  '(function(){var b=document.getElementById("dekat"),s=document.getElementById("dekat-status");',
  'if(!b||!navigator.geolocation)return;b.hidden=false;',
  'b.addEventListener("click",function(){s.textContent="Mencari lokasi Anda\u2026";',
  'navigator.geolocation.getCurrentPosition(function(p){location.search="?lat="+p.coords.latitude.toFixed(4)+"&lon="+p.coords.longitude.toFixed(4)},',
  'function(){s.textContent="Lokasi Anda tidak dapat dibaca. Izinkan lokasi di peramban, atau pilih kecamatan di bawah."},{timeout:15000,maximumAge:300000})})})();',
].join('');

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hashes the page's Content-Security-Policy allows its inline style and script by. */
export const PAGE_HASHES = { style: sha256(CSS), script: sha256(SCRIPT) };

const KIND_NAMES: Record<string, string> = {
  'office-hq': 'Kantor Dinas',
  'kecamatan-office': 'Kantor kecamatan',
  'mpp-desk': 'Gerai MPP',
};

const DAY_NAMES: Record<Weekday, string> = { mon: 'Senin', tue: 'Selasa', wed: 'Rabu', thu: 'Kamis', fri: 'Jumat', sat: 'Sabtu', sun: 'Minggu' };

function page(title: string, body: Html, options: { description?: string } = {}): string {
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : null}
<style>${trusted(CSS)}</style>
</head>
<body>
${body}
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`.text;
}

/** A moment in the office's zone: "Selasa, 1 Desember 2026 pukul 08.00 WIB". */
export function momentIn(iso: string, zone: string): string {
  const text = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
  return `${text} ${zoneAbbreviation(zone)}`;
}

/** "08.00–15.00": times as Indonesians write them. */
const span = (e: OpeningHoursEntry) => `${e.open.replace(':', '.')}\u2013${e.close.replace(':', '.')}`;

/**
 * A week of opening hours in a few lines: days with the same hours together ("Senin–Kamis:
 * 08.00–15.00", "Jumat: 08.00–11.00, 13.30–16.00"); days not listed are closed.
 */
export function openingLines(entries: OpeningHoursEntry[]): string[] {
  const byDay = WEEKDAYS.map((day) =>
    entries
      .filter((e) => e.day === day)
      .map(span)
      .join(', '),
  );
  const lines: string[] = [];
  for (let i = 0; i < WEEKDAYS.length; i++) {
    if (!byDay[i]) continue;
    let j = i;
    while (j + 1 < WEEKDAYS.length && byDay[j + 1] === byDay[i]) j++;
    const days = i === j ? DAY_NAMES[WEEKDAYS[i]] : `${DAY_NAMES[WEEKDAYS[i]]}\u2013${DAY_NAMES[WEEKDAYS[j]]}`;
    lines.push(`${days}: ${byDay[i]}`);
    i = j;
  }
  return lines;
}

/** The weekday it is now in the zone. */
function todayIn(zone: string): Weekday {
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(new Date()).toLowerCase().slice(0, 3);
  return (WEEKDAYS as readonly string[]).includes(name) ? (name as Weekday) : 'mon';
}

const km = (distance: number) => `${distance.toLocaleString('id-ID', { maximumFractionDigits: 1 })} km`;

function hours(entries: OpeningHoursEntry[] | null, zone: string): Html {
  if (!entries || entries.length === 0) return html`<p class="kecil">Jam buka belum dicatat.</p>`;
  const today = entries.filter((e) => e.day === todayIn(zone));
  return html`<p>Hari ini: ${today.length ? `${today.map(span).join(', ')} ${zoneAbbreviation(zone)}` : 'tutup'}</p>
<p class="kecil">Jam buka (${zoneAbbreviation(zone)}): ${openingLines(entries).join('; ')}</p>`;
}

function insteadPlace(place: RecordInsteadPlace, zone: string): Html {
  return html`<li><strong>${place.name}</strong> (Kec. ${place.districtName})${place.distanceKm !== null ? html`, ± ${km(place.distanceKm)} dari sini` : null}
${place.address ? html`<br>${place.address}` : null}
${hours(place.openingHours, zone)}</li>`;
}

/** Printing as residents need to know it: works, broken since when, or not done at this place at all. */
function printingLine(p: PublicServicePoint, zone: string): Html {
  if (!p.printsHere) return html`<p>Pencetakan KTP: <span class="kecil">tidak dilayani di sini</span></p>`;
  if (p.canPrint) return html`<p>Pencetakan KTP: <span class="ya">bisa hari ini</span></p>`;
  return html`<p>Pencetakan KTP: <span class="tidak">tidak bisa</span>${p.printingDownSince ? ` sejak ${momentIn(p.printingDownSince, zone)}` : null}</p>`;
}

/** One place; its heading is an h3 under its kecamatan's h2 on a regency's page, an h2 elsewhere. */
function servicePoint(p: PublicServicePoint, zone: string, options: { withDistrict: boolean; level: 2 | 3 }): Html {
  const heading = options.level === 2 ? html`<h2 class="nama">${p.name}</h2>` : html`<h3 class="nama">${p.name}</h3>`;
  const withDistrict = options.withDistrict;
  return html`<section class="titik${p.canRecord ? ' bisa' : ''}">
${heading}
<p class="kecil">${KIND_NAMES[p.kind] ?? p.kind}${withDistrict ? `, Kec. ${p.districtName}` : ''}${p.distanceKm !== null ? html` · ± ${km(p.distanceKm)} dari Anda` : null}</p>
${p.address ? html`<p>${p.address}</p>` : null}
<p>Perekaman: ${p.canRecord ? html`<span class="ya">bisa hari ini</span>` : html`<span class="tidak">tidak bisa</span>${p.recordingDownSince ? ` sejak ${momentIn(p.recordingDownSince, zone)}` : null}`}</p>
${printingLine(p, zone)}
${hours(p.openingHours, zone)}
${
  !p.canRecord
    ? html`<div class="ganti"><p><strong>Untuk merekam, datanglah ke:</strong></p>${
        p.recordInstead.length
          ? html`<ol>${p.recordInstead.map((i) => insteadPlace(i, zone))}</ol>`
          : html`<p>Saat ini tidak ada tempat lain di kabupaten/kota ini yang bisa merekam.</p>`
      }</div>`
    : null
}
</section>`;
}

function header(title: string, subtitle: Html | null): Html {
  return html`<header>
<p class="atas"><a href="${PAGE_PATH}">Layanan e-KTP hari ini</a></p>
<h1>${title}</h1>
${subtitle}
</header>`;
}

function staleNotice(answer: { stale: boolean; asOf: string }, zone: string): Html | null {
  return answer.stale
    ? html`<p class="lama" role="status">Data terbaru sedang tidak dapat dibaca. Ini keadaan pada ${momentIn(answer.asOf, zone)}; keadaan sekarang mungkin berbeda.</p>`
    : null;
}

/** A regency's page (grouped by kecamatan), or a kecamatan's; nearest first with the resident's location. */
export function regionPage(answer: PublicAvailability & { stale: boolean }, options: { located: boolean }): string {
  const zone = answer.timeZone;
  const points = answer.servicePoints;
  const where = answer.district ? `Kecamatan ${answer.districtName ?? answer.district}, ${answer.regency.name}` : answer.regency.name;
  const recording = points.filter((p) => p.canRecord).length;
  const printing = points.filter((p) => p.canPrint).length;
  const self = regionPath(answer.district ?? answer.regency.code);
  const summary =
    points.length === 0
      ? html`<p>Belum ada tempat layanan terdaftar di sini.${answer.district ? html` Lihat <a href="${regionPath(answer.regency.code)}">seluruh ${answer.regency.name}</a>.` : null}</p>`
      : html`<p><strong>${recording} dari ${points.length}</strong> tempat bisa merekam e-KTP hari ini; ${printing} bisa mencetak KTP.</p>`;
  let list: Html;
  if (options.located) {
    list = html`<p class="kecil">Diurutkan dari yang terdekat dengan lokasi Anda. <a href="${self}">Tampilkan per kecamatan</a></p>
${points.map((p) => servicePoint(p, zone, { withDistrict: true, level: 2 }))}`;
  } else if (answer.district) {
    list = html`${points.map((p) => servicePoint(p, zone, { withDistrict: false, level: 2 }))}`;
  } else {
    const districts = [...new Map(points.map((p) => [p.districtCode, p.districtName])).entries()];
    list = html`${districts.map(
      ([code, name]) => html`<h2><a href="${regionPath(code)}">Kecamatan ${name}</a></h2>
${points.filter((p) => p.districtCode === code).map((p) => servicePoint(p, zone, { withDistrict: false, level: 3 }))}`,
    )}`;
  }
  const body = html`${header(`Perekaman e-KTP di ${where}`, html`<p class="kecil">Keadaan pada ${momentIn(answer.asOf, zone)}.</p>`)}
<main>
${staleNotice(answer, zone)}
${summary}
${!answer.canRecordSomewhere && points.length > 0 ? html`<p class="tidak">Saat ini tidak ada tempat di ${answer.regency.name} yang bisa merekam e-KTP.</p>` : null}
${points.length > 0 ? html`<button type="button" id="dekat" hidden>Urutkan dari yang terdekat dengan saya</button><p id="dekat-status" class="kecil" role="status"></p>` : null}
${list}
</main>
<footer>
<p class="kecil">${answer.district ? html`<a href="${regionPath(answer.regency.code)}">Semua kecamatan di ${answer.regency.name}</a> · ` : null}<a href="${PAGE_PATH}">Pilih kabupaten/kota lain</a></p>
</footer>`;
  return page(`Perekaman e-KTP hari ini: ${where}`, body, { description: `Di mana perekaman dan pencetakan e-KTP bisa dilakukan hari ini di ${where}.` });
}

/** The choice of a regency, as a plain GET form (works without JavaScript). */
export function chooserPage(answer: { regencies: PublicRegencyChoice[]; stale: boolean }): string {
  const provinces = [...new Map(answer.regencies.map((r) => [r.provinceName, [] as PublicRegencyChoice[]])).entries()];
  for (const r of answer.regencies) provinces.find(([name]) => name === r.provinceName)![1].push(r);
  const body = html`${header('Di mana perekaman e-KTP bisa dilakukan hari ini?', html`<p>Pilih kabupaten/kota Anda untuk melihat tempat yang bisa merekam dan mencetak e-KTP hari ini, sejak kapan tidak bisa, dan ke mana harus pergi.</p>`)}
<main>
${answer.stale ? html`<p class="lama" role="status">Data terbaru sedang tidak dapat dibaca; daftar ini mungkin tidak lengkap.</p>` : null}
${
  answer.regencies.length === 0
    ? html`<p>Belum ada kabupaten/kota yang mendaftarkan tempat layanannya.</p>`
    : html`<form method="get" action="${PAGE_PATH}">
<label for="wilayah">Kabupaten/kota</label>
<select id="wilayah" name="wilayah" required>
<option value="">Pilih kabupaten/kota</option>
${provinces.map(([province, regencies]) => html`<optgroup label="${province}">${regencies.map((r) => html`<option value="${r.code}">${r.name}</option>`)}</optgroup>`)}
</select>
<button type="submit">Lihat</button>
</form>`
}
</main>`;
  return page('Perekaman e-KTP hari ini', body, { description: 'Di mana perekaman dan pencetakan e-KTP bisa dilakukan hari ini, dan ke mana harus pergi bila tidak bisa.' });
}

/** An error, said to a resident: what went wrong and where to go on. */
export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Halaman tidak ditemukan' : status === 503 || status === 429 ? 'Coba lagi sebentar lagi' : 'Alamat halaman tidak benar';
  const body = html`${header(title, null)}
<main>
<p>${message}</p>
<p><a href="${PAGE_PATH}">Pilih kabupaten/kota</a></p>
</main>`;
  return page(title, body);
}
