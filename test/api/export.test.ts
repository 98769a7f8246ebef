import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/modules/imports/imports.csv.js';
import { expectProblem } from '../fixtures.js';
import { admin, buildTestApp, snapshotStore } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

const importBack = (payload: string | object, contentType: string) =>
  app.inject({ method: 'POST', url: '/v1/imports', headers: { ...admin, 'content-type': contentType }, payload });

describe('export', () => {
  it("gives a target's figures as CSV in the import's columns, by parameter or by Accept", async () => {
    const byParameter = await app.inject('/v1/targets/port-container-throughput/observations?format=csv');
    expect(byParameter.statusCode).toBe(200);
    expect(byParameter.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...lines] = byParameter.body.trimEnd().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain('2024.19,萬標準箱,20241900');
    const byAccept = await app.inject({ url: '/v1/targets/port-container-throughput/observations', headers: { accept: 'text/csv' } });
    expect(byAccept.body).toBe(byParameter.body);
    const json = await app.inject({ url: '/v1/targets/port-container-throughput/observations', headers: { accept: 'application/json' } });
    expect(json.json().items).toHaveLength(2);
    expectProblem(await app.inject('/v1/targets/port-container-throughput/observations?format=xml'), 400, ['query.format']);
    expectProblem(await app.inject('/v1/targets/port-container-throughput/observations?format=csv&includeWithdrawn=true'), 400, [
      'query.includeWithdrawn',
    ]);
  });

  it("of a whole plan, then imported again, is a round trip that changes nothing, as CSV and as JSON", async () => {
    const before = await snapshotStore(app.store);
    const csv = await app.inject('/v1/plans/tianjin-jjj-2027/observations?format=csv');
    const rows = csv.body.trimEnd().split('\r\n').length - 1;
    expect(rows).toBeGreaterThan(80);
    const fromCsv = await importBack(csv.body, 'text/csv');
    expect(fromCsv.json()).toMatchObject({ rows, sources: { created: [] }, observations: { created: 0, revised: 0, unchanged: rows } });

    const json = (await app.inject('/v1/plans/tianjin-jjj-2027/observations?limit=500')).json();
    const fromJson = await importBack({ observations: json.items }, 'application/json');
    expect(fromJson.json().observations).toEqual({ created: 0, revised: 0, unchanged: rows, withdrawn: 0 });

    const withoutAudit = ({ auditLog: _audit, dataVersion: _version, ...tables }: Record<string, unknown[]>) => tables;
    expect(withoutAudit(await snapshotStore(app.store))).toEqual(withoutAudit(before));
  });

  it('into a service that lacks the target is refused row by row', async () => {
    const csv = (await app.inject('/v1/targets/port-container-throughput/observations?format=csv')).body;
    const fresh = await buildTestApp();
    try {
      // Targets are not part of an export: a figure can only go where its target already is.
      const refused = await fresh.inject({ method: 'POST', url: '/v1/imports', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
      expectProblem(refused, 400, ['rows[1].targetId', 'rows[2].targetId']);
    } finally {
      await fresh.close();
    }
  });
});
