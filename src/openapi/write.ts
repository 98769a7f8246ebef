import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOpenApi } from './document.js';

export const OPENAPI_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../openapi/openapi.json');

mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
writeFileSync(OPENAPI_PATH, await renderOpenApi());
console.log(`wrote ${OPENAPI_PATH}`);
