import type { INestApplication } from '@nestjs/common';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Request, Response } from 'express';

/**
 * Swagger UI at /docs under the strict CSP (src/common/security-headers.ts). @nestjs/swagger's own
 * page carries inline <style> blocks and a style attribute; this page is swagger-ui-dist's own
 * index.html instead: only files of this origin (Swagger UI's assets, which SwaggerModule serves
 * under /docs, and its generated swagger-ui-init.js holding the document), nothing inline.
 * BaseLayout has no top bar (its "explore" box would load other documents); no validator badge
 * (an image from validator.swagger.io).
 */
export function setupApiDocs(app: INestApplication, document: OpenAPIObject): void {
  const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>${document.info.title}</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="stylesheet" href="/docs/index.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script src="/docs/swagger-ui-init.js"></script>
</body>
</html>
`;
  // Registered before SwaggerModule's routes for the same paths, so this page answers.
  const http = app.getHttpAdapter();
  const servePage = (_req: Request, res: Response) => void res.type('html').send(page);
  for (const path of ['/docs', '/docs/index.html']) http.get(path, servePage);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { layout: 'BaseLayout', validatorUrl: null },
  });
}
