import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINE, admin, buildTestApp, testDatabase } from '../helpers.js';

const SOURCE = 'xinhua-tianjin-2024-year-review';
const PLAN = 'tianjin-jjj-2027';

const row = (targetId: string, i: number) => {
  const day = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
  return `${targetId},${day},${day},${i}.5,万标准箱,${SOURCE},q${i}`;
};

describe.skipIf(ENGINE !== 'postgres')('a write that deadlocks with another transaction (PostgreSQL)', () => {
  let app: FastifyInstance;
  let other: pg.Client;

  beforeAll(async () => {
    const { DATABASE_URL, DATABASE_SCHEMA } = await testDatabase();
    app = await buildTestApp({ seed: true });
    other = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${DATABASE_SCHEMA}` });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await app?.close();
  });

  it('is run again by the service once the database has rolled it back, and answers 200, not 409 or 500', async () => {
    // The import holds port-container-throughput (its first 100 rows) and then waits for
    // sea-rail-container-volume, which the other transaction holds; the other transaction then asks for
    // port-container-throughput. PostgreSQL breaks the cycle by rolling back the one that waited first: the import.
    const lockTarget = (id: string) => other.query('SELECT 1 FROM targets WHERE plan_id = $1 AND id = $2 FOR UPDATE', [PLAN, id]);
    await other.query('BEGIN');
    await lockTarget('sea-rail-container-volume');
    const csv = [
      'targetId,periodStart,periodEnd,reportedValue,reportedUnit,sourceId,quote',
      ...Array.from({ length: 100 }, (_, i) => row('port-container-throughput', i)),
      row('sea-rail-container-volume', 100),
    ].join('\n');
    const importing = app.inject({ method: 'POST', url: '/v1/imports', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
    for (let waited = 0; ; waited += 1) {
      const { rows } = await other.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'policy-target-tracker' AND wait_event_type = 'Lock'");
      if (rows[0].n > 0) break;
      expect(waited, 'the import never waited for the locked target').toBeLessThan(500);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // This is the statement that closes the cycle; it gets its lock once the import is rolled back.
    await lockTarget('port-container-throughput');
    await other.query('COMMIT');

    const answer = await importing;
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().observations.created).toBe(101);
    const progress = (await app.inject(`/v1/plans/${PLAN}/targets/port-container-throughput/progress`)).json();
    const seeded = (await app.inject(`/v1/plans/${PLAN}/targets/sea-rail-container-volume/progress`)).json();
    // Counts kept inside the write: once each, not once per attempt.
    const stored = await other.query<{ id: string; figure_count: number }>(
      'SELECT id, figure_count FROM targets WHERE plan_id = $1 AND id IN ($2, $3) ORDER BY id',
      [PLAN, 'port-container-throughput', 'sea-rail-container-volume'],
    );
    expect(stored.rows.map((target) => target.figure_count)).toEqual([progress.observationCount, seeded.observationCount]);
    const { rows } = await other.query<{ n: number }>("SELECT count(*)::int AS n FROM observations WHERE quote LIKE 'q%' AND source_id = $1", [SOURCE]);
    expect(rows[0].n).toBe(101);
  });
});
