import type { Schemas } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { print, printJson } from '../output.js';
import { NONE, renderTable } from '../table.js';

const json = { type: 'boolean', description: 'print them as a JSON array instead of a table' } as const;

export const plans: CommandSpec = {
  name: 'plans',
  summary: 'List plans: id, deadline, title',
  usage: '[--json]',
  options: { json },
  example: 'tracker plans',

  async run(args, client) {
    const items = await client.all((cursor) => client.call(client.api.GET('/v1/plans', { params: { query: { cursor, limit: 500 } } })));
    if (args.flag('json')) return printJson(items);
    print(
      renderTable<Schemas['Plan']>(
        [
          { header: 'id', value: (p) => p.id },
          { header: 'deadline', value: (p) => p.deadline },
          { header: 'title', value: (p) => `${p.title.zh} ${p.title.en}` },
        ],
        items,
      ),
    );
  },
};

export const sources: CommandSpec = {
  name: 'sources',
  summary: 'List the documents figures come from: id, date, publisher, title',
  usage: '[--json]',
  options: { json },
  details: 'A figure cites its source by id (add-figure --source ID, the sourceId column of an import).',
  example: 'tracker sources',

  async run(args, client) {
    const items = await client.all((cursor) => client.call(client.api.GET('/v1/sources', { params: { query: { cursor, limit: 500 } } })));
    if (args.flag('json')) return printJson(items);
    print(
      renderTable<Schemas['Source']>(
        [
          { header: 'id', value: (s) => s.id },
          { header: 'published', value: (s) => s.publishedOn ?? NONE },
          { header: 'publisher', value: (s) => s.publisher },
          { header: 'title', value: (s) => s.title },
        ],
        items,
      ),
    );
  },
};
