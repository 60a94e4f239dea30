import PDFDocument from 'pdfkit';
import { tanggal } from './letter-text';

export interface LetterContent {
  /** "Kabupaten Sintang": the letterhead reads PEMERINTAH KABUPATEN SINTANG. */
  regencyName: string;
  officeName: string;
  officeAddress: string | null;
  officeContact: string | null;
  city: string;
  date: Date;
  number: string;
  sifat: string;
  attachments: string[];
  subject: string;
  recipient: string;
  body: string;
  /** `state`: set for a device no longer out of service by the letter's date ("sudah diperbaiki"); its days end there. */
  devices: Array<{ kind: string; serialNumber: string; servicePoint: string; district: string; days: number; state?: string }>;
  signerTitle: string;
  signerName: string;
  signerNip: string | null;
  /** A preview of a draft: marked KONSEP on every page (it is not the letter that is sent). */
  draft?: boolean;
}

const MM = 72 / 25.4;
const TERBILANG = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];

/**
 * An A4 letter in the form of an Indonesian official letter (naskah dinas): letterhead, place and
 * date, Nomor / Sifat / Lampiran / Perihal, Kepada Yth., body, device table, signature block.
 * Rendered with PDFKit; the document's dates come from the letter, so a re-render is identical.
 */
export function renderLetterPdf(c: LetterContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      // A draft's pages are kept until the end, to mark each of them.
      bufferPages: c.draft === true,
      margins: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM },
      info: { Title: c.draft ? `KONSEP ${c.subject}` : `${c.number} ${c.subject}`, Author: c.officeName, CreationDate: c.date, ModDate: c.date },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (d: Buffer) => chunks.push(d));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const left = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;


    // Letterhead.
    doc.font('Helvetica-Bold').fontSize(12).text(`PEMERINTAH ${c.regencyName.toUpperCase()}`, { align: 'center' });
    doc.fontSize(13).text(c.officeName.toUpperCase(), { align: 'center' });
    doc.font('Helvetica').fontSize(9);
    if (c.officeAddress) doc.text(c.officeAddress, { align: 'center' });
    if (c.officeContact) doc.text(c.officeContact, { align: 'center' });
    const lineY = doc.y + 4;
    doc.moveTo(left, lineY).lineTo(left + width, lineY).lineWidth(2).stroke();
    doc.moveTo(left, lineY + 3).lineTo(left + width, lineY + 3).lineWidth(0.5).stroke();
    doc.y = lineY + 14;

    doc.fontSize(11).text(`${c.city}, ${tanggal(c.date)}`, { align: 'right' });
    doc.moveDown(0.5);
    const field = (label: string, value: string) => {
      const y = doc.y;
      doc.text(label, left, y, { width: 70 });
      doc.text(':', left + 70, y, { width: 10 });
      doc.text(value, left + 82, y, { width: width * 0.6 });
      doc.x = left;
    };
    field('Nomor', c.number);
    field('Sifat', c.sifat);
    const n = c.attachments.length;
    field('Lampiran', n ? `${n} (${TERBILANG[n] ?? n}) berkas` : '-');
    field('Perihal', c.subject);
    doc.moveDown(1);
    doc.text('Kepada Yth.');
    doc.font('Helvetica-Bold').text(c.recipient, { width: width * 0.6 });
    doc.font('Helvetica').text('di -');
    doc.text('Jakarta', { indent: 20 });
    doc.moveDown(1);

    for (const paragraph of c.body.split(/\n{2,}/)) {
      doc.text(paragraph, { align: 'justify', width });
      doc.moveDown(0.5);
    }

    if (c.devices.length) {
      doc.moveDown(0.3);
      const cols = [
        { title: 'No', w: 24 },
        { title: 'Perangkat', w: 95 },
        { title: 'Nomor seri', w: 110 },
        { title: 'Lokasi', w: width - 24 - 95 - 110 - 60 },
        { title: 'Lama rusak (hari)', w: 60 },
      ];
      const row = (cells: string[], bold: boolean) => {
        const y = doc.y;
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
        const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: cols[i].w - 6 }));
        const h = Math.max(...heights) + 6;
        if (y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
        const top = doc.y;
        let x = left;
        cells.forEach((cell, i) => {
          doc.rect(x, top, cols[i].w, h).lineWidth(0.5).stroke();
          doc.text(cell, x + 3, top + 3, { width: cols[i].w - 6 });
          x += cols[i].w;
        });
        doc.x = left;
        doc.y = top + h;
      };
      row(cols.map((c2) => c2.title), true);
      c.devices.forEach((d, i) => row([String(i + 1), d.kind, d.serialNumber, `${d.servicePoint}, Kec. ${d.district}`, d.state ? `${d.days} (${d.state})` : String(d.days)], false));
      doc.fontSize(11).font('Helvetica');
      doc.moveDown(1);
    }

    // Signature block, on the right.
    const sigX = left + width * 0.55;
    if (doc.y + 120 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.text(c.signerTitle, sigX, doc.y, { width: width * 0.45, align: 'center' });
    doc.moveDown(4);
    doc.font('Helvetica-Bold').text(c.signerName, sigX, doc.y, { width: width * 0.45, align: 'center', underline: true });
    doc.font('Helvetica').text(c.signerNip ? `NIP. ${c.signerNip}` : 'NIP. -', sigX, doc.y, { width: width * 0.45, align: 'center' });
    if (c.draft) {
      const pages = doc.bufferedPageRange();
      for (let i = pages.start; i < pages.start + pages.count; i++) {
        doc.switchToPage(i);
        doc.font('Helvetica-Bold').fontSize(10).fillColor('#b00020');
        doc.text('KONSEP: belum disetujui dan belum bernomor', left, 8 * MM, { width, align: 'center', lineBreak: false });
      }
    }
    doc.end();
  });
}
