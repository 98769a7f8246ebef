import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { validatorCompiler } from '@fastify/type-provider-zod';
import { problemResponses } from '../../http/problem.js';
import { importBodySchema, importQuerySchema, importResultSchema } from './imports.schemas.js';
import { runImport } from './imports.service.js';

export interface ImportLimits {
  maxRows: number;
  maxBytes: number;
}

export const importRoutes: FastifyPluginAsyncZod<ImportLimits> = async (app, limits) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: limits.maxBytes }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/v1/imports',
    {
      bodyLimit: limits.maxBytes,
      // The body is checked row by row in the handler, so that one answer can list every bad row and field.
      validatorCompiler: (route) =>
        route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags: ['imports'],
        summary: 'Import many observations, and the sources they cite, as JSON or CSV: all or nothing',
        description: `One bad row rejects the whole import with a problem listing every bad row and field, and nothing is written. A figure is identified by its target (or indicator), period and source: importing the same rows again changes nothing, and a different value for an existing figure is a revision of it. At most ${limits.maxRows} rows and ${limits.maxBytes} bytes per request.`,
        consumes: ['application/json', 'text/csv'],
        querystring: importQuerySchema,
        body: importBodySchema,
        response: { 200: importResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { result, events } = await runImport(app.db, request.body, {
        dryRun: request.query.dryRun,
        by: request.caller!.name,
        maxRows: limits.maxRows,
      });
      request.auditEvents = events;
      return result;
    },
  );
};
