import type { Schemas } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { COMPARATOR_LEGEND, targetText } from '../comparators.js';
import { UnavailableError } from '../errors.js';
import { print, printJson } from '../output.js';
import { formatNumber, NONE, renderTable } from '../table.js';

/** What the basis's qualifier makes of the percentage ("more than 22 million" makes 81.5 % a lower bound). */
type TargetProgress = Schemas['TargetProgress'];
type Bound = NonNullable<Extract<TargetProgress, { kind: 'quantity' }>['percentCompleteBound']>;

const PERCENT_PREFIX: Record<Bound, string> = { exact: '', lower_bound: '≥', upper_bound: '≤', approximate: '~' };
/** The gap is bounded the other way: at least 81.5 % done is at most 18.5 % to go. */
const GAP_PREFIX: Record<Bound, string> = { exact: '', lower_bound: '≤', upper_bound: '≥', approximate: '~' };

type QuantityProgress = Extract<TargetProgress, { kind: 'quantity' }>;

/** A cell of a number column: milestones have no numbers, and a quantity may not have this one yet. */
const quantity = (p: TargetProgress, show: (q: QuantityProgress) => string | null) => (p.kind === 'quantity' ? (show(p) ?? NONE) : NONE);

export const progress: CommandSpec = {
  name: 'progress',
  summary: 'Show the progress of every target of a plan, and how many are achieved',
  usage: 'PLAN_ID [--json]',
  positionals: ['PLAN_ID'],
  options: {
    json: { type: 'boolean', description: "print the service's answer as JSON instead of a table" },
  },
  details: [
    `target: the value with its comparator: ${COMPARATOR_LEGEND}.`,
    'complete: percent of the target reached by the latest comparable figure; ≥ a lower bound ("more than …"),',
    '≤ an upper bound, ~ approximate. gap: what is left, in the target\'s unit. estimate: a full-year estimate',
    'from a newer part-year figure. A milestone shows its latest reported state next to its status.',
  ].join('\n'),
  example: 'tracker progress tianjin-jjj-2027',

  async run(args, client) {
    const planId = args.positionals[0];
    const plan = await client.call(client.api.GET('/v1/plans/{planId}/progress', { params: { path: { planId }, query: { view: 'flat' } } }));
    if (plan.view !== 'flat') throw new UnavailableError(`the service answered the ${plan.view} view when asked for the flat one`);
    if (args.flag('json')) return printJson(plan);
    const table = renderTable<TargetProgress>(
      [
        { header: 'target', value: (p) => p.targetId },
        { header: 'target value', value: (p) => (p.kind === 'quantity' ? targetText(p) : p.kind) },
        { header: 'status', value: (p) => (p.kind === 'milestone' && p.state ? `${p.status} (${p.state})` : p.status) },
        {
          header: 'complete',
          align: 'right',
          value: (p) =>
            quantity(p, (q) =>
              q.percentComplete === null ? null : `${PERCENT_PREFIX[q.percentCompleteBound ?? 'exact']}${q.percentComplete.toFixed(1)}%`,
            ),
        },
        {
          header: 'gap',
          align: 'right',
          value: (p) =>
            quantity(p, (q) =>
              q.gapToTarget === null ? null : `${GAP_PREFIX[q.percentCompleteBound ?? 'exact']}${formatNumber(q.gapToTarget, 3)} ${q.unit}`,
            ),
        },
        { header: 'assessment', value: (p) => p.assessment.status },
        {
          header: 'estimate',
          align: 'right',
          value: (p) =>
            quantity(p, ({ estimate }) =>
              estimate?.percentComplete == null ? null : `${estimate.percentComplete.toFixed(1)}% (${estimate.method})`,
            ),
        },
      ],
      plan.targets,
    );
    const { achieved, not_achieved, no_comparable_data, no_data, total } = plan.counts;
    print(
      `${table}\n\nachieved ${achieved}, not achieved ${not_achieved}, no comparable data ${no_comparable_data}, no data ${no_data}; ${total} targets`,
    );
  },
};
