import type { Bound } from '../../domain/progress.js';
import type { PlanProgress, TargetProgress } from '../../modules/progress/progress.schemas.js';
import type { CommandSpec } from '../args.js';
import { api } from '../http.js';
import { print, printJson } from '../output.js';
import { formatNumber, NONE, renderTable } from '../table.js';

/** What the basis's qualifier makes of the percentage ("more than 22 million" makes 81.5 % a lower bound). */
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
    'complete: percent of the target reached by the latest comparable figure; ≥ a lower bound ("more than …"),',
    '≤ an upper bound, ~ approximate. gap: what is left, in the target\'s unit. estimate: a full-year estimate',
    'from a newer part-year figure. A milestone shows its latest reported state next to its status.',
  ].join('\n'),
  example: 'tracker progress tianjin-jjj-2027',

  async run(args, client) {
    const plan = await client.get<Extract<PlanProgress, { view: 'flat' }>>(api`/v1/plans/${args.positionals[0]}/progress`, { view: 'flat' });
    if (args.flag('json')) return printJson(plan);
    const table = renderTable<TargetProgress>(
      [
        { header: 'target', value: (p) => p.targetId },
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
