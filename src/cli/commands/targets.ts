import type { Target } from '../../modules/targets/targets.schemas.js';
import type { CommandSpec } from '../args.js';
import { print, printJson } from '../output.js';
import { formatNumber, renderTable } from '../table.js';

// Spelled out rather than imported so that the CLI does not load the service's schemas (and zod) at
// start-up; the Record type makes the type check fail if the service ever adds a kind.
const KINDS: Record<Target['kind'], string> = {
  quantity: 'a number to reach',
  milestone: 'a project to finish',
  action: 'work with no completion point',
};

export const targets: CommandSpec = {
  name: 'targets',
  summary: 'List targets, every page of them',
  usage: '[--plan ID] [--kind quantity|milestone|action] [--json]',
  options: {
    plan: { type: 'string', value: 'ID', description: "only this plan's targets" },
    kind: { type: 'string', choices: Object.keys(KINDS), description: 'only quantities (numbers to reach), milestones (projects to finish) or actions (work with no completion point)' },
    json: { type: 'boolean', description: 'print the targets as a JSON array instead of a table' },
  },
  example: 'tracker targets --plan tianjin-jjj-2027 --kind quantity',

  async run(args, client) {
    const items = await client.getAll<Target>('/v1/targets', { planId: args.string('plan'), kind: args.string('kind') });
    if (args.flag('json')) return printJson(items);
    print(
      renderTable(
        [
          { header: 'id', value: (t) => t.id },
          { header: 'kind', value: (t) => t.kind },
          { header: 'target', value: (t) => (t.kind === 'quantity' ? `${formatNumber(t.targetValue)} ${t.unit}` : 'milestone') },
          { header: 'name', value: (t) => t.name.en },
        ],
        items,
      ),
    );
  },
};
