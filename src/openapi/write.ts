import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderClientTypes } from './client-types.js';
import { renderOpenApi } from './document.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OPENAPI_PATH = resolve(root, 'openapi/openapi.json');
export const CLIENT_TYPES_PATH = resolve(root, 'src/client/schema.ts');

const document = await renderOpenApi();
mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
writeFileSync(OPENAPI_PATH, document);
console.log(`wrote ${OPENAPI_PATH}`);
mkdirSync(dirname(CLIENT_TYPES_PATH), { recursive: true });
writeFileSync(CLIENT_TYPES_PATH, await renderClientTypes(document));
console.log(`wrote ${CLIENT_TYPES_PATH}`);
