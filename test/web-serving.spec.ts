import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Stack } from './support/stack';

/**
 * The API process serves the browser app at the same origin. A small stand-in for Vite's output
 * (an index.html and a hashed asset) is enough to check how it is served.
 */
describe('the browser app served by the API', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ektp-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="id"><head><script type="module" src="/assets/index-3f9a1c2b.js"></script></head><body><div id="root"></div></body></html>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-3f9a1c2b.js'), 'console.log("aplikasi");');
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const stack = new Stack({ WEB_DIST_PATH: dist });

  beforeAll(() => stack.start());
  afterAll(async () => {
    await stack.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (p: string, accept = 'text/html') => fetch(`${stack.baseUrl}${p}`, { headers: { accept } });

  it('answers the app at / and at its own routes, never cached, and hashed assets cached for a year', async () => {
    for (const p of ['/', '/perbaikan', '/perbaikan/8a1f2e4c-0000-4000-8000-000000000000', '/surat?status=drafted']) {
      const res = await get(p);
      expect({ p, status: res.status, type: res.headers.get('content-type') }).toEqual({ p, status: 200, type: expect.stringContaining('text/html') });
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
    const asset = await get('/assets/index-3f9a1c2b.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg', '*/*')).headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps the API where it is: its routes answer JSON, unknown API paths and missing files answer 404', async () => {
    const health = await get('/health', 'application/json');
    expect(health.headers.get('content-type')).toContain('application/json');
    const unknownApi = await get('/repairs/8a1f2e4c-0000-4000-8000-000000000000/tidak-ada');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/json');
    const list = await stack.get('/repairs');
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.items)).toBe(true);
    expect((await get('/assets/tidak-ada-123.js', '*/*')).status).toBe(404);
    // The docs stay the docs.
    expect((await get('/docs-json', 'application/json')).headers.get('content-type')).toContain('application/json');
  });
});
