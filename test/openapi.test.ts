import { readFileSync } from 'node:fs';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { renderClientTypes } from '../src/openapi/client-types.js';
import { renderOpenApi } from '../src/openapi/document.js';

const documentPath = new URL('../openapi/openapi.json', import.meta.url);

describe('openapi/openapi.json', () => {
  it('matches the code: run `npm run openapi` and commit the result when this fails', async () => {
    expect(readFileSync(documentPath, 'utf8')).toBe(await renderOpenApi());
  });

  it('and the typed client\'s types match it: run `npm run openapi` and commit src/client/schema.ts when this fails', async () => {
    const clientTypes = readFileSync(new URL('../src/client/schema.ts', import.meta.url), 'utf8');
    expect(clientTypes).toBe(await renderClientTypes(readFileSync(documentPath, 'utf8')));
  });

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const problems = await lint({ ref: documentPath.pathname, config: await createConfig({ extends: ['recommended'] }) });
    expect(problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([]);
  });

  it('names, describes and answers every operation, errors included', () => {
    const document = JSON.parse(readFileSync(documentPath, 'utf8'));
    const gaps: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { operationId?: string; summary?: string; description?: string; responses: Record<string, unknown> }>>(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!operation.operationId) gaps.push(`${where}: no operationId`);
        if (!operation.summary || !operation.description) gaps.push(`${where}: no summary or description`);
        if (!Object.keys(operation.responses).some((status) => status.startsWith('4'))) gaps.push(`${where}: no 4xx answer`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
