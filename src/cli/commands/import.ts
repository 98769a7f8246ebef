import { randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Problem, Schemas } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { UnavailableError } from '../errors.js';
import type { Client } from '../http.js';
import { print, printJson } from '../output.js';
import { uploadProgress, type UploadProgress } from '../progress.js';

type ImportResult = Schemas['ImportResult'];

const CONTENT_TYPES = { csv: 'text/csv', json: 'application/json' } as const;
type Format = keyof typeof CONTENT_TYPES;

/**
 * The file as a request body read chunk by chunk, so that a large file is never held in memory.
 * A chunk is counted when fetch pulls it to write it, which is as close to "sent" as fetch lets us see.
 */
function fileBody(path: string, progress: UploadProgress): ReadableStream<Uint8Array> {
  const chunks = createReadStream(path)[Symbol.asyncIterator]();
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) {
          progress.done();
          controller.close();
          return;
        }
        sent += value.length;
        progress.update(sent);
        controller.enqueue(value);
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    // Nothing is read ahead: a chunk is read when fetch asks for it, so the count is of bytes fetch took.
    { highWaterMark: 0 },
  );
}

/**
 * POST /v1/imports with the file streamed from disk. By hand rather than through the typed client:
 * openapi-fetch serialises a body it is given whole, and a retry needs the file read again from the
 * start, so each attempt makes its request afresh. The answer is typed from the same generated types.
 */
async function upload(client: Client, file: string, format: Format, dryRun: boolean, progress: UploadProgress): Promise<ImportResult> {
  const url = `${client.baseUrl}/v1/imports${dryRun ? '?dryRun=true' : ''}`;
  const headers = client.headers({ 'content-type': CONTENT_TYPES[format], 'idempotency-key': randomUUID() });
  const response = await client.send(
    // duplex: 'half' is what fetch requires of a streamed request body.
    () => new Request(url, { method: 'POST', headers, body: fileBody(file, progress), duplex: 'half' } as RequestInit),
    { repeatable: true },
  );
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) throw client.refusal(response, body as Problem | undefined);
  if (body === undefined) throw new UnavailableError(`${client.baseUrl} answered without JSON: is TRACKER_URL the tracker service?`);
  return body as ImportResult;
}

function summary(result: ImportResult): string {
  const { created, revised, unchanged, withdrawn } = result.observations;
  const sources = result.sources.created;
  return [
    `rows: ${result.rows}`,
    `created: ${created}`,
    `revised: ${revised}`,
    `unchanged: ${unchanged}`,
    `withdrawn: ${withdrawn}`,
    `sources created: ${sources.length}${sources.length ? ` (${sources.join(', ')})` : ''}`,
    ...(result.dryRun ? ['dry run: nothing written'] : []),
  ].join('\n');
}

export const importFile: CommandSpec = {
  name: 'import',
  summary: 'Import figures, and the sources they cite, from a CSV or JSON file: all rows or none',
  usage: 'FILE [--dry-run] [--format csv|json] [--progress] [--json]',
  positionals: ['FILE'],
  options: {
    'dry-run': { type: 'boolean', description: 'check every row and report what would change, writing nothing' },
    format: { type: 'string', choices: Object.keys(CONTENT_TYPES), description: "the file's format; by default its extension (.csv, .json)" },
    progress: { type: 'boolean', description: 'report upload progress on stderr even for a small file or when stderr is not a terminal' },
    json: { type: 'boolean', description: "print the service's result as JSON instead of the summary" },
  },
  details: [
    'The CSV header names its columns: those of GET /v1/targets/ID/observations?format=csv, so an export can be',
    'edited and imported again. Importing the same rows twice changes nothing; a new value for a figure revises it.',
    'Progress: on a terminal, a bar on stderr for files of 1 MB or more; otherwise nothing, unless --progress asks',
    'for plain lines ("uploaded 40% (1.3 MB of 3.3 MB)", at most one per 10%).',
    'If any row is wrong nothing is imported: each problem is listed on stderr, one line per field',
    '("rows[3].reportedUnit: …"), and the exit code is 1. Needs a key with write scope in TRACKER_API_KEY.',
  ].join('\n'),
  example: 'tracker import figures.csv --dry-run',
  // Upload, check and write: 100 000 rows take seconds to a minute, more on a busy database.
  timeoutSeconds: 600,

  async run(args, client) {
    const file = args.positionals[0];
    const extension = extname(file).slice(1).toLowerCase();
    const format = (args.string('format') ?? extension) as Format;
    if (!Object.hasOwn(CONTENT_TYPES, format)) {
      throw args.usageError(`cannot tell the format of "${file}" from its extension: give --format csv or --format json`);
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch (error) {
      throw args.usageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }

    const progress = uploadProgress(size, args.flag('progress'));
    let result: ImportResult;
    try {
      result = await upload(client, file, format, args.flag('dry-run'), progress);
    } finally {
      progress.stop();
    }
    if (args.flag('json')) printJson(result);
    else print(summary(result));
  },
};
