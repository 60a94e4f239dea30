import * as path from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { projectRoot } from '../common/project-root';

/** Where the browser app's API types live (committed; test/openapi.spec.ts checks they match the API). */
export const API_TYPES_PATH = path.join(projectRoot(), 'web', 'src', 'lib', 'api-schema.d.ts');

const HEADER = `/**
 * The API's types, generated from its OpenAPI document by openapi-typescript: do not edit.
 * With the API running: \`npm run api:types\`.
 */

`;

/** The TypeScript the app's client is typed with, from the API's OpenAPI document. */
export async function renderApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}
