import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demo, enterDemoPlan, expectProblem, janToOct2024 } from '../fixtures.js';
import { admin, buildTestApp } from '../helpers.js';

let app: FastifyInstance;
beforeEach(async () => {
  app = await buildTestApp();
});
afterEach(() => app.close());

describe('health and documentation', () => {
  it('answers /health once the database is open and migrated', async () => {
    const response = await app.inject('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', writes: 'accepted' });
  });

  it('serves OpenAPI 3.1 with problem+json errors, and an interactive page', async () => {
    const document = (await app.inject('/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    const post = document.paths['/v1/targets/{targetId}/observations'].post;
    expect(Object.keys(post.responses)).toEqual(['201', '400', '401', '403', '404', '406', '409', '413', '415', '422', '429', '503']);
    expect(document.components.responses[post.responses['400'].$ref.split('/').pop()].content).toHaveProperty(['application/problem+json']);
    expect(post.parameters.map((parameter: { name: string }) => parameter.name)).toContain('Idempotency-Key');
    expect(post.responses['201'].headers).toHaveProperty('Location');
    expect(post.security).toEqual([{ bearer: [] }]);
    const docs = await app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('bad input never becomes a 500', () => {
  beforeEach(() => enterDemoPlan(app));

  it('answers unknown routes and methods with a problem', async () => {
    expectProblem(await app.inject('/v2/anything'), 404);
    const wrongMethod = await app.inject({ headers: admin, method: 'DELETE', url: '/v1/plans/demo-plan' });
    expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH');
  });

  it('answers malformed JSON, a wrong media type and an empty body with a problem', async () => {
    const url = '/v1/targets/demo-throughput/observations';
    const headers = { ...admin, 'content-type': 'application/json' };
    expectProblem(await app.inject({ method: 'POST', url, headers, payload: '{"period":' }), 400);
    expectProblem(await app.inject({ method: 'POST', url, headers: { ...admin, 'content-type': 'application/xml' }, payload: '<a/>' }), 415);
    expectProblem(await app.inject({ method: 'POST', url, headers, payload: '' }), 400);
    expectProblem(await app.inject({ method: 'POST', url, headers, payload: '[]' }), 400);
  });

  it('survives hostile values in every field', async () => {
    const hostile = [null, 0, -1, 1e308, '', ' ', '💥', "'; DROP TABLE targets; --", [], {}, true, 'x'.repeat(5000)];
    for (const value of hostile) {
      for (const field of ['period', 'reported', 'value', 'qualifier', 'sourceId', 'quote', 'yearOnYearPercent', 'id']) {
        const response = await app.inject({
          headers: admin,
          method: 'POST',
          url: '/v1/targets/demo-throughput/observations',
          payload: { ...janToOct2024, [field]: value },
        });
        expect(response.statusCode, `${field} = ${JSON.stringify(value).slice(0, 40)}: ${response.body}`).toBeLessThan(500);
      }
    }
    for (const value of hostile) {
      const response = await app.inject({ headers: admin, method: 'PATCH', url: '/v1/targets/demo-throughput', payload: { reported: value } });
      expect(response.statusCode).toBeLessThan(500);
    }
    expect((await app.inject('/v1/targets/demo-throughput')).json().targetValue).toBe(27_000_000);
  });

  it('refuses a number too large to hold, and gives no ratio for a rank of zero', async () => {
    const huge = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: admin,
      payload: { ...janToOct2024, reported: { value: '9'.repeat(400), unit: '万标准箱' } },
    });
    expectProblem(huge, 400, ['body.reported.value']);
    for (const value of ['1e999999999', '1e-999999999', 1e308]) {
      const refused = await app.inject({
        method: 'POST',
        url: '/v1/targets/demo-throughput/observations',
        headers: admin,
        payload: { ...janToOct2024, reported: { value, unit: '万标准箱' } },
      });
      expectProblem(refused, 400, ['body.reported.value']);
    }
    const extreme = await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-throughput/observations',
      headers: admin,
      payload: { ...janToOct2024, reported: undefined, value: 1.7e308, period: { start: '2023-01-01', end: '2023-12-31' } },
    });
    expect(extreme.statusCode).toBe(201);
    const overflowed = await app.inject('/v1/plans/demo-plan/progress?view=flat');
    expect(overflowed.statusCode).toBe(200);
    expect(overflowed.json().targets.find((t: { targetId: string }) => t.targetId === 'demo-throughput')).toMatchObject({
      percentComplete: null,
      status: 'achieved',
    });
    const rank = { ...demo.throughput, id: 'demo-rank', unit: 'rank', reported: undefined, targetValue: 18, comparator: 'at_most', measure: 'level' };
    expect((await app.inject({ method: 'POST', url: '/v1/targets', headers: admin, payload: rank })).statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/v1/targets/demo-rank/observations',
      headers: admin,
      payload: { ...janToOct2024, reported: undefined, value: 0, period: { start: '2024-11-20', end: '2024-11-20' } },
    });
    const progress = await app.inject('/v1/targets/demo-rank/progress');
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({ percentComplete: null, gapToTarget: -18, status: 'achieved' });
  });
});
