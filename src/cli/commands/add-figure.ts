import { MILESTONE_STATES, QUALIFIERS, type MilestoneState, type Qualifier } from '../../domain/vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { paths } from '../../client/index.js';
import type { CommandSpec } from '../args.js';
import { print, printJson } from '../output.js';

export const addFigure: CommandSpec = {
  name: 'add-figure',
  summary: "Record a figure (or a milestone's state) that a document reports for a target or an indicator",
  usage:
    '(--target ID | --indicator ID) (--value N --unit WORD | --state STATE) --start DATE --end DATE --source ID --quote TEXT [--qualifier Q] [--yoy PERCENT] [--note TEXT] [--json]',
  options: {
    target: { type: 'string', value: 'ID', description: 'the target the figure measures' },
    indicator: { type: 'string', value: 'ID', description: 'or the indicator it measures' },
    value: { type: 'string', value: 'N', description: 'the number as printed (2024.19); sent as a decimal string, so no digit is lost' },
    unit: { type: 'string', value: 'WORD', description: 'the unit word as printed: 万标准箱, 亿元, 公里, %' },
    state: {
      type: 'string',
      value: 'STATE',
      choices: MILESTONE_STATES,
      description: `for a milestone, instead of --value and --unit: ${MILESTONE_STATES.join(', ')}`,
    },
    start: { type: 'string', value: 'YYYY-MM-DD', description: 'the first day the figure covers' },
    end: { type: 'string', value: 'YYYY-MM-DD', description: 'the last day it covers; the same as --start for an "as of" figure' },
    source: { type: 'string', value: 'ID', description: 'the source document it comes from (GET /v1/sources)' },
    quote: { type: 'string', value: 'TEXT', description: 'the verbatim sentence it comes from' },
    qualifier: {
      type: 'string',
      value: 'Q',
      choices: QUALIFIERS,
      description: `how the document qualifies the number: ${QUALIFIERS.join(', ')} (default exact; 约 is about, 突破 more_than)`,
    },
    yoy: { type: 'string', value: 'PERCENT', description: 'the stated year-on-year change: 4 for 增长4%; --yoy=-2.1 for 下降2.1%' },
    note: { type: 'string', value: 'TEXT', description: 'a note of your own' },
    json: { type: 'boolean', description: 'print the created observation as JSON instead of its id' },
  },
  details:
    'Needs a key with write scope in TRACKER_API_KEY. The request carries an Idempotency-Key, so a retry after a\ndropped connection cannot record the figure twice.',
  example:
    "tracker add-figure --target port-container-throughput --value 2024.19 --unit 万标准箱 --start 2024-01-01 --end 2024-10-31 --source xinhua-tianjin-2024-year-review --quote '1—10月,完成集装箱吞吐量2024.19万标准箱,同比增长4%' --yoy 4",

  async run(args, client) {
    const target = args.string('target');
    const indicator = args.string('indicator');
    if ((target === undefined) === (indicator === undefined)) throw args.usageError('give exactly one of --target and --indicator');

    const value = args.string('value');
    const unit = args.string('unit');
    const state = args.string('state') as MilestoneState | undefined; // one of the choices: parseCommandLine checked it
    if (state !== undefined && (value !== undefined || unit !== undefined)) {
      throw args.usageError('--state is for a milestone and goes without --value and --unit');
    }
    if (state === undefined && (value === undefined || unit === undefined)) {
      throw args.usageError('give --value and --unit (or --state for a milestone)');
    }

    const yoyText = args.string('yoy');
    const yoy = yoyText === undefined ? undefined : Number(yoyText);
    if (yoy !== undefined && (yoyText!.trim() === '' || !Number.isFinite(yoy))) {
      throw args.usageError(`--yoy must be a number, not "${yoyText}"`);
    }

    const body: paths['/v1/targets/{targetId}/observations']['post']['requestBody']['content']['application/json'] = {
      reported: value !== undefined && unit !== undefined ? { value, unit } : undefined,
      state,
      period: { start: args.required('start'), end: args.required('end') },
      qualifier: args.string('qualifier') as Qualifier | undefined,
      yearOnYearPercent: yoy,
      sourceId: args.required('source'),
      quote: args.required('quote'),
      note: args.string('note'),
    };
    // The same key on every attempt: a retry after a dropped connection gets the first answer, not a second figure.
    const headers = { 'idempotency-key': randomUUID() };
    const observation = await client.call(
      target !== undefined
        ? client.api.POST('/v1/targets/{targetId}/observations', { params: { path: { targetId: target } }, headers, body })
        : client.api.POST('/v1/indicators/{indicatorId}/observations', { params: { path: { indicatorId: indicator! } }, headers, body }),
    );
    if (args.flag('json')) printJson(observation);
    else print(observation.id);
  },
};
