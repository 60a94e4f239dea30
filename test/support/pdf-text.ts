import { execFile } from 'node:child_process';

/**
 * The text of a PDF as a reader sees it, through pdf-parse (pdf.js). It runs in a plain Node child
 * process because pdf.js loads its worker with a dynamic import, which Jest's module sandbox refuses.
 */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const { text } = await parser.getText();
      await parser.destroy();
      process.stdout.write(text);
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}

/**
 * The first page of a PDF as pdf.js draws it (pdf-parse's screenshot, on its canvas), as a PNG at
 * `scale` pixels per PDF point. In a child process, for the same reason as pdfText.
 */
export function pdfPagePng(pdf: Buffer, scale: number): Promise<Buffer> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const shot = await parser.getScreenshot({ first: 1, scale: ${Number(scale)}, imageBuffer: true });
      await parser.destroy();
      process.stdout.write(Buffer.from(shot.pages[0].data).toString('base64'));
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(Buffer.from(stdout, 'base64')),
    );
    child.stdin?.end(pdf);
  });
}
