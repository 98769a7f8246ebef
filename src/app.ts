import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { DEFAULT_CONFIG, type Config } from './config.js';
import { openStore } from './db/open.js';
import type { Store } from './db/store.js';
import { registerAuth } from './http/auth.js';
import { AnswerCache, registerConditionalReads } from './http/caching.js';
import { registerNegotiation } from './http/negotiation.js';
import { registerConventions, requestIdOf } from './http/conventions.js';
import { registerIdempotency } from './http/idempotency.js';
import { swaggerOptions } from './http/openapi.js';
import { problemOf, registerProblemHandlers, sendProblem } from './http/problem.js';
import { answerClientError, answerOtherMethods, answerWhileClosing, AuthFailureLimiter, registerProtection } from './http/protection.js';
import { fastSerializerCompiler } from './http/serializer.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { chartRoutes } from './modules/charts/charts.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { importRoutes } from './modules/imports/imports.routes.js';
import { indicatorRoutes } from './modules/indicators/indicators.routes.js';
import { keyRoutes } from './modules/keys/keys.routes.js';
import { pageRoutes } from './modules/pages/pages.routes.js';
import { observationRoutes } from './modules/observations/observations.routes.js';
import { planRoutes } from './modules/plans/plans.routes.js';
import { progressRoutes } from './modules/progress/progress.routes.js';
import { sourceRoutes } from './modules/sources/sources.routes.js';
import { targetRoutes } from './modules/targets/targets.routes.js';
import { unitRoutes } from './modules/units/units.routes.js';
import { loadSeed, loadUnits } from './seed/load.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    /** Serialized answers of public reads, kept for the data version they were made at. */
    answers: AnswerCache;
  }
}

/** Opens the store DATABASE_URL names (migrated, and seeded when empty and asked to). */
export async function openConfiguredStore(config: Config): Promise<Store> {
  const store = await openStore(config.DATABASE_URL, {
    postgresSchema: config.DATABASE_SCHEMA,
    postgresPoolSize: config.DATABASE_POOL_SIZE,
    sqliteBusyTimeoutMs: 100,
  });
  try {
    if (store.writesRefused === null) {
      if (config.SEED_ON_START) await loadSeed(store, undefined, true);
      await loadUnits(store);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Builds the service on its store (opened from the configuration unless given); never listens. */
export async function buildApp(settings: Partial<Config> = {}, givenStore?: Store): Promise<FastifyInstance> {
  const config = { ...DEFAULT_CONFIG, ...settings };
  const store = givenStore ?? (await openConfiguredStore(config));

  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    routerOptions: { ignoreTrailingSlash: true },
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default).
    http: { headersTimeout: config.HEADERS_TIMEOUT_MS, connectionsCheckingInterval: Math.min(1_000, config.HEADERS_TIMEOUT_MS) },
    // While closing, connections left idle are closed at once; requests get a 503 problem (below).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Errors Fastify meets before a route runs (a malformed URL) and ones Node meets reading a request.
    frameworkErrors: (error, request, reply) => {
      const problem = problemOf(error, request);
      return sendProblem(request, reply, problem?.code ?? 'invalid-request', problem?.detail ?? error.message);
    },
    clientErrorHandler: answerClientError,
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.server.maxConnections = config.MAX_CONNECTIONS;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(config.VALIDATE_RESPONSES ? serializerCompiler : fastSerializerCompiler);
  app.decorate('store', store);
  app.decorate('answers', new AnswerCache(config.ANSWER_CACHE_BYTES));
  if (!givenStore) app.addHook('onClose', async () => store.close());
  registerProblemHandlers(app);
  await registerConventions(app, { corsOrigins: config.CORS_ORIGINS });
  answerWhileClosing(app);
  registerNegotiation(app);
  registerAuth(app, {
    adminKey: config.TRACKER_ADMIN_KEY,
    readAccess: config.READ_ACCESS,
    failures: new AuthFailureLimiter(config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE),
  });
  await registerProtection(app, {
    writesPerMinute: config.RATE_LIMIT_WRITES_PER_MINUTE,
    authFailuresPerMinute: config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
    maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
    maxRssBytes: config.MAX_RSS_BYTES,
  });
  const addMethodNotAllowed = answerOtherMethods(app);
  registerIdempotency(app, { ttlHours: config.IDEMPOTENCY_TTL_HOURS, claimLeaseMs: config.IDEMPOTENCY_CLAIM_LEASE_SECONDS * 1000 });
  registerConditionalReads(app, { readAccess: config.READ_ACCESS });

  await app.register(fastifySwagger, swaggerOptions);
  // One copy of the document, at /openapi.json; the documentation page reads it there.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url === '/docs/json' || request.url.startsWith('/docs/json?')) return reply.redirect('/openapi.json', 308);
    done();
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    theme: { title: 'Policy target tracker: API' },
    uiConfig: { url: '/openapi.json', deepLinking: true, persistAuthorization: false },
  });
  app.get('/openapi.json', { config: { scope: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(planRoutes);
  await app.register(targetRoutes);
  await app.register(observationRoutes);
  await app.register(progressRoutes);
  await app.register(chartRoutes);
  await app.register(indicatorRoutes);
  await app.register(sourceRoutes);
  await app.register(unitRoutes);
  await app.register(importRoutes, { maxRows: config.IMPORT_MAX_ROWS, maxBytes: config.IMPORT_MAX_BYTES });
  await app.register(keyRoutes);
  await app.register(auditRoutes);
  await app.register(pageRoutes);
  await app.after();
  await addMethodNotAllowed();
  return app;
}
