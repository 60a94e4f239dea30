import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Vite's hashed build output: a new build gets new names, so a year's cache is safe. */
const ASSETS_DIR = 'assets';

/**
 * Serves the browser app (web/, built by Vite into `dir`) from the API process, at the same origin:
 * hashed assets with a year's cache, `index.html` never cached, and the app's own routes (any GET
 * outside the API's paths, without a file extension) answered with the app, so client routing works
 * on a reload or a shared link. Paths under the API keep their JSON answers, 404s included.
 * Nothing is served when the app has not been built.
 */
export function serveWebApp(app: NestExpressApplication, dir: string, apiPaths: string[]): boolean {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return false;
  const api = new Set(apiPaths.map(firstSegment).filter(Boolean));
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, file) => {
      const immutable = path.relative(dir, file).split(path.sep)[0] === ASSETS_DIR;
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const segment = firstSegment(req.path);
    if (api.has(segment) || path.extname(req.path) !== '') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function firstSegment(p: string): string {
  return p.split('/').filter(Boolean)[0] ?? '';
}
