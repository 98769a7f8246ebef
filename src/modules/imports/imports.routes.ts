import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problemResponses, ProblemError } from '../../http/problem.js';
import { runWrite } from '../../http/write.js';
import { readCsvFile, readJsonFile } from './imports.read.js';
import { importJsonSchema, importQuerySchema, importResultSchema } from './imports.schemas.js';
import { importEntries, TooManyRows } from './imports.service.js';

export interface ImportLimits {
  maxRows: number;
  maxBytes: number;
}

/** An upload, kept in a temporary file while it is read: its bytes never sit in memory. */
interface SpooledBody {
  format: 'csv' | 'json';
  path: string;
  bytes: number;
  sha256: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The digest of a body that was spooled rather than parsed, for the Idempotency-Key fingerprint. */
    bodyDigest?: string;
  }
}

const tooLarge = (limits: ImportLimits) =>
  new ProblemError(
    'content-too-large',
    `The body is larger than the ${limits.maxBytes} bytes one import takes: split the file into imports of at most ${limits.maxRows} rows`,
  );

/** Writes the body to a temporary file as it arrives, stopping at the byte limit. */
async function spool(request: FastifyRequest, payload: NodeJS.ReadableStream, format: SpooledBody['format'], limits: ImportLimits): Promise<SpooledBody> {
  const path = join(tmpdir(), `tracker-import-${randomUUID()}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) return done(tooLarge(limits));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(payload, counter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error instanceof ProblemError ? error : new ProblemError('invalid-request', `The body could not be read: ${(error as Error).message}`);
  }
  const sha256 = hash.digest('hex');
  request.bodyDigest = sha256;
  return { format, path, bytes, sha256 };
}

export const importRoutes: FastifyPluginAsyncZod<ImportLimits> = async (app, limits) => {
  // Encapsulated in this plugin: only the import route streams its body to disk.
  app.removeContentTypeParser('application/json');
  for (const [type, format] of [['application/json', 'json'], ['text/csv', 'csv']] as const) {
    app.addContentTypeParser(type, { bodyLimit: limits.maxBytes }, (request: FastifyRequest, payload: NodeJS.ReadableStream) =>
      spool(request, payload, format, limits),
    );
  }

  // However the request ends (answered, replayed, refused before the handler), its spooled body goes.
  app.addHook('onResponse', async (request) => {
    const body = request.body as SpooledBody | null | undefined;
    if (body?.path) await rm(body.path, { force: true });
  });

  app.post(
    '/v1/imports',
    {
      bodyLimit: limits.maxBytes,
      // The body is read row by row in the handler, so that one answer can list every bad row and field.
      validatorCompiler: ({ httpPart }) => (data: unknown) => (httpPart === 'querystring' ? importQuerySchema.safeParse(data) : { value: data }) as never,
      schema: {
        tags: ['imports'],
        operationId: 'importObservations',
        summary: 'Import many figures at once',
        description: `One bad row rejects the whole import with a problem listing every bad row and field, and nothing is written. A figure is identified by its target (or indicator), period and source: importing the same rows again changes nothing, and a different value for an existing figure is a revision of it. At most ${limits.maxRows} rows and ${limits.maxBytes} bytes per request.`,
        consumes: ['application/json', 'text/csv'],
        querystring: importQuerySchema,
        body: z.union([importJsonSchema, z.string().describe('CSV, see the README for its columns')]),
        response: { 200: importResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown as SpooledBody | null;
      if (!body) throw new ProblemError('invalid-request', 'Send the figures as the body: CSV (text/csv) or JSON', { errors: [{ field: 'body', message: 'required' }] });
      const { dryRun } = importQuerySchema.parse(request.query);
      try {
        return await runWrite(request, reply, async (write) => {
          const entries = body.format === 'csv' ? readCsvFile(body.path) : readJsonFile(body.path);
          const result = await importEntries(write, entries, { dryRun, maxRows: limits.maxRows });
          // A dry run does everything a real import does, then rolls it back, so that its report cannot differ.
          return { status: 200, body: result, rollBack: dryRun };
        });
      } catch (error) {
        if (!(error instanceof TooManyRows)) throw error;
        throw new ProblemError(
          'content-too-large',
          `The body has more than the ${limits.maxRows} rows one import takes: split the file into imports of at most ${limits.maxRows} rows`,
        );
      }
    },
  );
};
