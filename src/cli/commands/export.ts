import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import type { CommandSpec } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { note } from '../output.js';

export const exportFigures: CommandSpec = {
  name: 'export',
  summary: "Export a target's, an indicator's or a whole plan's figures as CSV, in the columns import takes",
  usage: '(--target ID | --indicator ID | --plan ID) [--out FILE]',
  options: {
    target: { type: 'string', value: 'ID', description: "a target's figures" },
    indicator: { type: 'string', value: 'ID', description: "or an indicator's" },
    plan: { type: 'string', value: 'ID', description: "or every figure of a plan, its targets' and its indicators'" },
    out: { type: 'string', value: 'FILE', description: 'write the CSV to FILE instead of stdout' },
  },
  details: 'The CSV streams from the service to its destination, so an export of any size holds little memory.\nEdited, it can be imported again: rows that did not change change nothing.',
  example: 'tracker export --plan tianjin-jjj-2027 --out figures.csv',

  async run(args, client) {
    const chosen = (['target', 'indicator', 'plan'] as const).filter((name) => args.string(name) !== undefined);
    if (chosen.length !== 1) throw args.usageError('give exactly one of --target, --indicator and --plan');
    const id = args.string(chosen[0])!;
    const query = { format: 'csv' as const };
    const parseAs = 'stream' as const;
    const csv = await client.call(
      chosen[0] === 'target'
        ? client.api.GET('/v1/targets/{targetId}/observations', { params: { path: { targetId: id }, query }, parseAs })
        : chosen[0] === 'indicator'
          ? client.api.GET('/v1/indicators/{indicatorId}/observations', { params: { path: { indicatorId: id }, query }, parseAs })
          : client.api.GET('/v1/plans/{planId}/observations', { params: { path: { planId: id }, query }, parseAs }),
    );
    if (!csv) throw new CliError(EXIT.unavailable, 'the service answered the export without a body');
    const out = args.string('out');
    const rows = Readable.fromWeb(csv as ReadableStream<Uint8Array>);
    // stdout stays open for whatever follows.
    if (out === undefined) return pipeline(rows, process.stdout, { end: false });
    await writeWhole(rows, out);
    note(`wrote ${out}`);
  },
};

/** Writes beside `path` and renames at the end, so that `path` is never a cut-off export. */
async function writeWhole(rows: Readable, path: string) {
  const partial = `${path}.${process.pid}.partial`;
  const file = createWriteStream(partial);
  try {
    await pipeline(rows, file);
    await rename(partial, path);
  } catch (error) {
    rows.destroy();
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !(error instanceof CliError)) throw new UsageError(`cannot write ${path}: ${code} (${(error as Error).message})`, 'export');
    throw error;
  }
}
