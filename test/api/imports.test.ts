import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/modules/imports/imports.csv.js';
import { demo, enterDemoPlan, expectProblem, janToOct2024 } from '../fixtures.js';
import { admin, buildTestApp, snapshotStore } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
  await enterDemoPlan(app);
});
afterEach(() => app.close());

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

function csv(rows: Row[]): string {
  const escape = (value: string | number | undefined) =>
    value === undefined ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value);
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => escape(row[column])).join(','))].join('\n');
}

/** One figure a day of the year for the demo target: as many distinct rows as asked. */
function dailyRows(count: number, unit = '万标准箱'): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      targetId: 'demo-throughput',
      periodStart: day,
      periodEnd: day,
      reportedValue: (i % 500) + 0.25,
      reportedUnit: unit,
      qualifier: 'exact',
      sourceId: 'demo-daily-2024-11',
      quote: `Day ${i}, "quoted", with a comma`,
    };
  });
}

const importCsv = (body: string, query = '', headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/v1/imports${query}`, headers: { ...admin, 'content-type': 'text/csv', ...headers }, payload: body });

const count = async () => (await snapshotStore(app.store)).observations?.length ?? 0;

describe('bulk import', () => {
  it('takes 10 000 CSV rows in one request, converting each printed value exactly', async () => {
    const response = await importCsv(csv(dailyRows(10_000)));
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: false,
      rows: 10_000,
      observations: { created: 10_000, revised: 0, unchanged: 0, withdrawn: 0 },
      changesOmitted: 9_000,
    });
    expect(response.json().changes).toHaveLength(1_000);
    expect(await count()).toBe(10_000);
    const sample = (await app.inject('/v1/targets/demo-throughput/observations')).json().items[1];
    expect(sample).toMatchObject({ value: 12_500, reported: { value: 1.25, unit: '万标准箱' }, quote: 'Day 1, "quoted", with a comma' });
  });

  it('changes nothing when the same rows come again, and revises a figure whose value changed', async () => {
    const rows = dailyRows(3);
    await importCsv(csv(rows));
    const again = await importCsv(csv(rows));
    expect(again.json().observations).toEqual({ created: 0, revised: 0, unchanged: 3, withdrawn: 0 });
    const changed = await importCsv(csv([rows[0], { ...rows[1], reportedValue: 9.5 }, rows[2]]));
    expect(changed.json().observations).toEqual({ created: 0, revised: 1, unchanged: 2, withdrawn: 0 });
    expect(await count()).toBe(3);
    const id = changed.json().changes[0].id;
    const history = (await app.inject(`/v1/observations/${id}/history`)).json().items;
    expect(history.map((v: { version: number; action: string }) => [v.version, v.action])).toEqual([
      [1, 'created'],
      [2, 'revised'],
    ]);
    expect(history[0].observation.value).toBe(12_500);
    expect(history[1].observation.value).toBe(95_000);
  });

  it('rejects the whole import when one row is bad, lists every bad row and field, and leaves the database as it was', async () => {
    await importCsv(csv(dailyRows(2)));
    const before = await snapshotStore(app.store);
    const rows = dailyRows(6);
    rows[1] = { ...rows[1], reportedUnit: '亿美元' };
    rows[3] = { ...rows[3], periodEnd: '1989-01-01', qualifier: 'roughly' };
    rows[4] = { ...rows[4], targetId: 'no-such-target' };
    rows[5] = { ...rows[5], periodStart: rows[0].periodStart, periodEnd: rows[0].periodEnd };
    rows[2] = { ...rows[2], reportedValue: 'lots', sourceId: 'unknown-source' };
    const problem = expectProblem(await importCsv(csv(rows)), 400, [
      'rows[2].reportedUnit',
      'rows[3].reportedValue',
      'rows[3].sourceId',
      'rows[4].periodEnd',
      'rows[4].qualifier',
      'rows[5].targetId',
      'rows[6].periodEnd',
    ]);
    expect(problem.detail).toMatch(/nothing was imported/);
    expect(await snapshotStore(app.store)).toEqual(before);
  });

  it('refuses CSV whose cells and columns do not line up, and rows that share an id', async () => {
    const [row] = dailyRows(1);
    const line = (values: Row) => CSV_COLUMNS.map((column) => values[column] ?? '').join(',');
    expectProblem(await importCsv(`${CSV_COLUMNS.join(',')},quote\n${line(row)},x`), 400, ['header.quote']);
    expectProblem(await importCsv(`${CSV_COLUMNS.join(',')}\n${line({ ...row, quote: 'as of today' })},extra words`), 400, ['rows[1]']);
    const twins = dailyRows(2).map((r) => ({ ...r, id: 'same-id' }));
    expectProblem(await importCsv(csv(twins)), 400, ['rows[2].id']);
    expectProblem(await importCsv(csv([{ ...row, value: '0x10', reportedValue: undefined, reportedUnit: undefined }])), 400, ['rows[1].value']);
    expect(await count()).toBe(0);
  });

  it('reads CSV with a byte-order mark, CRLF line ends, quoted line breaks and blank lines', async () => {
    const rows = dailyRows(2).map((r) => ({ ...r, quote: 'line one\nline two' }));
    const body = `\ufeff${csv(rows).replace(/\n(?=[^l])/g, '\r\n')}\r\n\r\n`;
    const response = await importCsv(body);
    expect(response.json().observations.created, response.body).toBe(2);
    expect((await app.inject('/v1/targets/demo-throughput/observations')).json().items[0].quote).toBe('line one\nline two');
  });

  it('reports on a dry run what would be created, revised and left unchanged, writing nothing', async () => {
    const rows = dailyRows(3);
    await importCsv(csv(rows.slice(0, 2)));
    const before = await snapshotStore(app.store);
    const dryRun = await importCsv(csv([rows[0], { ...rows[1], reportedValue: 7 }, rows[2]]), '?dryRun=true');
    expect(dryRun.json()).toMatchObject({
      dryRun: true,
      observations: { created: 1, revised: 1, unchanged: 1, withdrawn: 0 },
      changes: [
        { row: 2, action: 'revised' },
        { row: 3, action: 'created' },
      ],
    });
    expect(await snapshotStore(app.store)).toEqual(before);
  });

  it('takes JSON with the sources the rows cite', async () => {
    const source = { ...demo.report, id: 'demo-weekly', title: 'Demo Weekly', publishedOn: '2025' };
    const response = await app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: admin,
      payload: { sources: [source], observations: [{ ...janToOct2024, targetId: 'demo-throughput', sourceId: 'demo-weekly' }] },
    });
    expect(response.json()).toMatchObject({ sources: { created: ['demo-weekly'] }, observations: { created: 1 } });
    expect((await app.inject('/v1/sources/demo-weekly')).json()).toMatchObject({ publishedOnPrecision: 'year' });
  });

  it('creates a source a CSV row describes in its source columns', async () => {
    const [row] = dailyRows(1);
    const response = await importCsv(
      csv([{ ...row, sourceId: 'demo-monthly', sourceTitle: 'Demo Monthly', sourcePublisher: 'Demo', sourcePublishedOn: '2024-12', sourceLanguage: 'zh-Hans', sourceKind: 'news_report' }]),
    );
    expect(response.json()).toMatchObject({ sources: { created: ['demo-monthly'] }, observations: { created: 1 } });
    const missing = await importCsv(csv([{ ...row, sourceId: 'nowhere' }]));
    expectProblem(missing, 400, ['rows[1].sourceId']);
  });

  it('says how to split an import over the row limit, and refuses a header it does not know', async () => {
    await app.close();
    app = await buildTestApp({ IMPORT_MAX_ROWS: 5 });
    await enterDemoPlan(app);
    const tooMany = expectProblem(await importCsv(csv(dailyRows(6))), 413);
    expect(tooMany.detail).toMatch(/split .* at most 5 rows/);
    await app.close();
    app = await buildTestApp({ IMPORT_MAX_BYTES: 2048 });
    await enterDemoPlan(app);
    const tooBig = expectProblem(await importCsv(csv(dailyRows(30))), 413);
    expect(tooBig.detail).toMatch(/2048 bytes.*split/);
    expectProblem(await importCsv('targetId,colour\nx,red'), 400, ['header.colour']);
    expectProblem(await importCsv('"unclosed'), 400);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/imports', headers: admin, payload: { rows: [] } }), 400, [
      'body.observations',
    ]);
  });
});

describe('a JSON import', () => {
  it('refuses a number a double would change, naming its row and field, and writes nothing', async () => {
    const row = (value: string) => `{"targetId": "demo-throughput", "value": ${value}, "period": {"start": "2020-01-01", "end": "2020-12-31"}, "sourceId": "demo-daily-2024-11", "quote": "q"}`;
    const response = await app.inject({
      method: 'POST',
      url: '/v1/imports',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: `{"observations": [${row('22000000')}, ${row('1e-400').replace('2020', '2019').replace('2020', '2019')}]}`,
    });
    expectProblem(response, 400, ['observations[1].value']);
    expect(await count()).toBe(0);
  });
});
