import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import type { OpeningHoursEntry } from '../registry/places';
import { A4, MM, POSTER_QR_BOX, POSTER_QR_OPTIONS } from './poster-layout';
import { openingLines } from './public-page.view';

export interface PosterContent {
  /** The service point as residents know it. */
  name: string;
  officeName: string;
  districtName: string;
  regencyName: string;
  address: string | null;
  openingHours: OpeningHoursEntry[] | null;
  /** WIB, WITA or WIT: the zone of the hours. */
  zoneAbbreviation: string;
  /** The public page the QR code opens (the point's kecamatan page). */
  url: string;
}

/**
 * The A4 poster at a service point's door: its name, "scan to see whether e-KTP recording is
 * available today", a QR code of its kecamatan's public page, that address in text for those who
 * type it, and the opening hours. Black on white, vector throughout (the QR code is drawn as
 * squares, sharp at any printer's resolution).
 */
export function renderPosterPdf(c: PosterContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 15 * MM, bottom: 10 * MM, left: 20 * MM, right: 20 * MM }, info: { Title: `Poster ${c.name}`, Author: c.officeName } });
    const chunks: Buffer[] = [];
    doc.on('data', (d: Buffer) => chunks.push(d));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const left = 20 * MM;
    const width = A4.width - 2 * left;
    const qr = QRCode.create(c.url, POSTER_QR_OPTIONS);
    const n = qr.modules.size;
    const module = POSTER_QR_BOX.size / n;
    // Everything above stays clear of the quiet zone (4 modules, and a little more).
    const aboveQr = POSTER_QR_BOX.y - 5 * module;

    // The office, then the point's name as large as fits in its space (two lines at 32 pt, three smaller).
    doc.fillColor('#000').font('Helvetica').fontSize(12).text(c.officeName, left, 18 * MM, { width, align: 'center', height: 30, ellipsis: true });
    const nameSpace = 95;
    let size = 32;
    doc.font('Helvetica-Bold');
    while (size > 14 && doc.fontSize(size).heightOfString(c.name, { width, align: 'center' }) > nameSpace) size -= 2;
    doc.fontSize(size).text(c.name, left, 28 * MM, { width, align: 'center', height: nameSpace, ellipsis: true });
    const place = [`Kecamatan ${c.districtName}, ${c.regencyName}`, c.address].filter(Boolean).join('\n');
    doc.font('Helvetica').fontSize(12).text(place, left, Math.min(doc.y, 28 * MM + nameSpace) + 6, { width, align: 'center', height: 30, ellipsis: true });

    // What to do, right above the code.
    const promptY = aboveQr - 52;
    doc.font('Helvetica-Bold').fontSize(19).text('Pindai untuk melihat apakah perekaman e-KTP tersedia hari ini', left, promptY, { width, align: 'center', height: 50, ellipsis: true });

    // The QR code: one filled path of its dark modules.
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        if (qr.modules.get(row, col)) doc.rect(POSTER_QR_BOX.x + col * module, POSTER_QR_BOX.y + row * module, module, module);
      }
    }
    doc.fillColor('#000').fill();

    // The same address in text, for typing it in.
    const belowQr = POSTER_QR_BOX.y + POSTER_QR_BOX.size + 5 * module;
    doc.font('Helvetica').fontSize(11).text('atau buka alamat ini di ponsel:', left, belowQr, { width, align: 'center' });
    doc.font('Helvetica-Bold').fontSize(15).text(c.url.replace(/^https?:\/\//, ''), left, doc.y + 2, { width, align: 'center' });

    // Opening hours.
    doc.moveDown(1.2);
    doc.font('Helvetica-Bold').fontSize(14).text(`Jam buka (${c.zoneAbbreviation})`, left, doc.y, { width, align: 'center' });
    const lines = c.openingHours?.length ? openingLines(c.openingHours) : ['Tanyakan kepada petugas.'];
    doc.font('Helvetica').fontSize(13).text(lines.join('\n'), left, doc.y + 2, { width, align: 'center', height: A4.height - 30 * MM - doc.y, ellipsis: true });

    doc
      .font('Helvetica')
      .fontSize(10)
      .text('Bila di sini sedang tidak bisa merekam, halaman itu menunjukkan tempat terdekat yang bisa, dengan alamat dan jam bukanya.', left, A4.height - 28 * MM, {
        width,
        align: 'center',
        height: 30,
        ellipsis: true,
      });
    doc.end();
  });
}
