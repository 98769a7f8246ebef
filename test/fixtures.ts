import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { admin } from './helpers.js';

/** A small second plan entered through the API alone, the way a client would. */
export const demo = {
  source: {
    id: 'demo-plan-text',
    title: 'Demo city action plan',
    publisher: 'Demo City Government',
    publishedOn: '2023-06',
    language: 'en',
    kind: 'plan',
  },
  report: {
    id: 'demo-daily-2024-11',
    title: 'Port keeps growing',
    publisher: 'Demo Daily',
    publishedOn: '2024-11-20',
    language: 'zh-Hans',
    kind: 'news_report',
  },
  plan: {
    id: 'demo-plan',
    title: { zh: '示范行动方案', en: 'Demo action plan' },
    issuer: { zh: '示范市政府', en: 'Demo City Government' },
    issuedOn: '2023-06',
    deadline: '2027-12-31',
    sourceId: 'demo-plan-text',
  },
  goals: { id: 'demo-goals', number: '一', title: { zh: '工作目标', en: 'Goals' }, position: 1 },
  port: { id: 'demo-port', parentId: 'demo-goals', number: '1', title: { zh: '港口', en: 'Port' }, position: 1 },
  throughput: {
    id: 'demo-throughput',
    planId: 'demo-plan',
    itemId: 'demo-port',
    kind: 'quantity',
    name: { zh: '集装箱吞吐量', en: 'Container throughput' },
    unit: 'TEU',
    reported: { value: 2700, unit: '万标准箱' },
    comparator: 'at_least',
    measure: 'annual',
    clause: '集装箱吞吐量力争达到2700万标准箱',
  },
  railway: {
    id: 'demo-railway',
    planId: 'demo-plan',
    itemId: 'demo-port',
    kind: 'milestone',
    name: { zh: '示范铁路', en: 'Demo railway' },
    doneWhen: { zh: '建成', en: 'completed' },
    clause: '建成示范铁路。',
  },
} as const;

/** A seeded plan's target whose name and clause hold markup: what the charts and pages write must escape it. */
export const markupInName = {
  id: 'markup-in-name',
  planId: 'tianjin-jjj-2027',
  itemId: 'goals-1',
  kind: 'quantity',
  name: { zh: '<b>"吞吐量" & 其他</b>', en: "Tom's <script>alert(1)</script>" },
  unit: 'TEU',
  targetValue: 100,
  comparator: 'at_least',
  measure: 'level',
  clause: 'a <clause> & more',
} as const;

export const janToOct2024 = {
  reported: { value: 2024.19, unit: '万标准箱' },
  period: { start: '2024-01-01', end: '2024-10-31' },
  yearOnYearPercent: 4,
  sourceId: 'demo-daily-2024-11',
  quote: '1—10月,完成集装箱吞吐量2024.19万标准箱,同比增长4%',
};

export async function post(app: FastifyInstance, url: string, payload: unknown) {
  const response = await app.inject({ headers: admin, method: 'POST', url, payload: payload as object });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(201);
  return response.json();
}

export async function enterDemoPlan(app: FastifyInstance) {
  await post(app, '/v1/sources', demo.source);
  await post(app, '/v1/sources', demo.report);
  await post(app, '/v1/plans', demo.plan);
  await post(app, '/v1/plans/demo-plan/items', demo.goals);
  await post(app, '/v1/plans/demo-plan/items', demo.port);
  await post(app, '/v1/targets', demo.throughput);
  await post(app, '/v1/targets', demo.railway);
}

/** Asserts an RFC 9457 problem with the status and, when given, the offending fields. */
export function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, fields?: string[]) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
  if (fields) expect(problem.errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(fields));
  return problem;
}
