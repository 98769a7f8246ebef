import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrackerClient, type TrackerClient } from '../src/client/index.js';
import { buildTestApp, TEST_ADMIN_KEY } from './helpers.js';

// The typed client (src/client/, generated from openapi/openapi.json) as another program would use it:
// over real HTTP, against a listening service on the seed.
let app: FastifyInstance;
let baseUrl: string;

beforeAll(async () => {
  app = await buildTestApp({ seed: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

describe('the typed client', () => {
  let reader: TrackerClient;
  let writer: TrackerClient;
  beforeAll(() => {
    reader = createTrackerClient({ baseUrl });
    writer = createTrackerClient({ baseUrl, apiKey: TEST_ADMIN_KEY });
  });

  it('reads a target\'s progress, typed as the document describes it', async () => {
    const { data, response } = await reader.GET('/v1/targets/{targetId}/progress', { params: { path: { targetId: 'port-container-throughput' } } });
    expect(response.status).toBe(200);
    expect(data?.kind).toBe('quantity');
    if (data?.kind !== 'quantity') return;
    expect(data.percentComplete).toBe(81.48);
    expect(data.assessment.status).toBe('needs_acceleration');
  });

  it('writes with a key, and gets a refusal as a typed problem', async () => {
    const body = { name: 'client-test', scope: 'read' as const };
    const created = await writer.POST('/v1/keys', { body });
    expect(created.response.status).toBe(201);
    expect(created.data?.secret).toMatch(/^ptt_/);

    const again = await writer.POST('/v1/keys', { body });
    expect(again.response.status).toBe(409);
    expect(again.error?.type).toBe('/problems/conflict');
    expect(again.error?.existingId).toBe(created.data?.id);

    const anonymous = await reader.POST('/v1/keys', { body: { name: 'nobody', scope: 'read' } });
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.type).toBe('/problems/unauthorized');
  });

  it('pages a list with the cursor the service hands out', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await reader.GET('/v1/targets', { params: { query: { planId: 'tianjin-jjj-2027', limit: 20, cursor } } });
      seen.push(...data!.items.map((target) => target.id));
      cursor = data!.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(68);
  });
});
