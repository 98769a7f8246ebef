import type { Schemas } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { COMPARATOR_LEGEND, targetText } from '../comparators.js';
import { print, printJson } from '../output.js';
import { renderTable } from '../table.js';

// The Record type makes the type check fail if the service ever adds a kind.
const KINDS: Record<Schemas['Target']['kind'], string> = {
  quantity: 'a number to reach',
  milestone: 'a project to finish',
  action: 'work with no completion point',
};

export const targets: CommandSpec = {
  name: 'targets',
  summary: 'List targets, every page of them, with what each asks for',
  usage: '[--plan ID] [--kind quantity|milestone|action] [--json]',
  options: {
    plan: { type: 'string', value: 'ID', description: "only this plan's targets (an unknown plan is an error)" },
    kind: { type: 'string', choices: Object.keys(KINDS), description: 'only quantities (numbers to reach), milestones (projects to finish) or actions (work with no completion point)' },
    json: { type: 'boolean', description: 'print the targets as a JSON array instead of a table' },
  },
  details: `target: the value with its comparator: ${COMPARATOR_LEGEND}.`,
  example: 'tracker targets --plan tianjin-jjj-2027 --kind quantity',

  async run(args, client) {
    const planId = args.string('plan');
    if (planId !== undefined) await client.call(client.api.GET('/v1/plans/{planId}', { params: { path: { planId } } }));
    const kind = args.string('kind') as Schemas['Target']['kind'] | undefined;
    const items = await client.all((cursor) => client.call(client.api.GET('/v1/targets', { params: { query: { planId, kind, cursor, limit: 500 } } })));
    if (args.flag('json')) return printJson(items);
    print(
      renderTable<Schemas['Target']>(
        [
          { header: 'id', value: (t) => t.id },
          { header: 'kind', value: (t) => t.kind },
          { header: 'target', value: (t) => (t.kind === 'quantity' ? targetText(t) : t.kind) },
          { header: 'deadline', value: (t) => t.deadline },
          { header: 'name', value: (t) => t.name.en },
        ],
        items,
      ),
    );
  },
};
