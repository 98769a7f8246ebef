import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpenApi } from '../src/openapi/document.js';

describe('openapi/openapi.json', () => {
  it('matches the code: run `npm run openapi` and commit the result when this fails', async () => {
    const committed = readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await renderOpenApi());
  });
});
