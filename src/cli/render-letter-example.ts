import * as fs from 'node:fs';
import { renderLetterPdf } from '../escalations/letter-pdf';
import { draftFromCases } from '../escalations/letter-text';

/**
 * `node dist/src/cli/render-letter-example.js <file.pdf>`: renders an example letter from made-up
 * facts with the same code as real letters (for the README's picture and for checking the layout).
 */
async function main(): Promise<void> {
  const file = process.argv[2] ?? 'letter-example.pdf';
  const office = 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sintang';
  const cases = [
    { deviceKind: 'pemindai iris', serialNumber: 'IR-6105-0917', servicePointName: 'Kantor Kecamatan Serawai', districtName: 'Serawai', reportedOn: new Date('2026-10-13T00:00:00Z'), alternatives: ['Kantor Kecamatan Ambalau'] },
    { deviceKind: 'kamera', serialNumber: 'CM-6105-1204', servicePointName: 'Kantor Kecamatan Kayan Hulu', districtName: 'Kayan Hulu', reportedOn: new Date('2026-10-17T00:00:00Z'), alternatives: [] },
  ];
  const draft = draftFromCases(office, 'Kabupaten Sintang', cases);
  const pdf = await renderLetterPdf({
    regencyName: 'Kabupaten Sintang',
    officeName: office,
    officeAddress: 'Jl. Pattimura No. 1, Sintang, Kalimantan Barat 78611',
    officeContact: 'Surel: disdukcapil@sintang.go.id · Telp. (0565) 21000',
    city: 'Sintang',
    date: new Date('2026-11-23T00:00:00Z'),
    number: '470/27/Dukcapil/2026',
    sifat: 'Penting',
    attachments: draft.attachments,
    subject: draft.subject,
    recipient: 'Direktur Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri',
    body: draft.body,
    devices: cases.map((c) => ({ kind: c.deviceKind, serialNumber: c.serialNumber, servicePoint: c.servicePointName, district: c.districtName, days: Math.round((Date.UTC(2026, 10, 23) - c.reportedOn.getTime()) / 86_400_000) })),
    signerTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sintang',
    signerName: 'Drs. Contoh Nama, M.Si.',
    signerNip: '197001012000031001',
  });
  fs.writeFileSync(file, pdf);
  console.log(`${file}: ${pdf.length} bytes`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
