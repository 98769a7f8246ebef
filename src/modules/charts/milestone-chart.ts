import { linearScale, stateSpans, yearPosition, yearRange } from '../../domain/chart.js';
import type { MilestoneState } from '../../domain/vocabulary.js';
import { element, escapeMarkup } from '../markup.js';
import type { StatedFigure } from '../observations/observations.repo.js';
import type { TargetProgress } from '../progress/progress.schemas.js';
import { STATE_ORDER, STATUS_LOOK } from './labels.js';
import { heading, legend, svgDocument } from './svg.js';

const WIDTH = 800;
const HEIGHT = 250;
const LANE = { left: 40, right: WIDTH - 40, top: 120, height: 28 };
const MUTED = '#59636e';

/**
 * A milestone's (or an action's) reported states along the years to its deadline: each state from its
 * report to the next, the last one faded from its report to the deadline (nobody has reported since).
 */
export function milestoneChart(progress: Exclude<TargetProgress, { kind: 'quantity' }>, figures: readonly StatedFigure[], desc: string): string {
  const reports = figures.filter((figure) => figure.state !== null).map((figure) => ({ at: yearPosition(figure.period.end), state: figure.state as MilestoneState, date: figure.period.end }));
  const deadlineAt = yearPosition(progress.deadline);
  const years = yearRange([deadlineAt, ...reports.map((report) => report.at)]);
  const x = linearScale([years.from, years.to], [LANE.left, LANE.right]);
  const laneBottom = LANE.top + LANE.height;

  const spans = stateSpans(reports, deadlineAt).map((span) =>
    element('rect', {
      class: 'state-span',
      'data-state': span.state,
      'data-reported': span.reported,
      x: x(span.from),
      y: LANE.top,
      width: Math.max(x(span.to) - x(span.from), 2),
      height: LANE.height,
      fill: STATUS_LOOK[span.state].colour,
      'fill-opacity': span.reported ? 1 : 0.35,
    }),
  );
  const markers = reports.map((report) =>
    element('g', { class: 'report', 'data-state': report.state },
      element('line', { x1: x(report.at), x2: x(report.at), y1: LANE.top - 14, y2: laneBottom, stroke: '#1f2328' }),
      element('text', { x: x(report.at), y: LANE.top - 18, 'text-anchor': 'middle', 'font-size': 11 }, escapeMarkup(`${report.date} ${STATUS_LOOK[report.state].zh}`)),
    ),
  );
  const axis = years.years.map((year) =>
    element('g', { class: 'year' },
      element('line', { x1: x(year), x2: x(year), y1: laneBottom, y2: laneBottom + 6, stroke: MUTED }),
      element('text', { x: x(year + 0.5), y: laneBottom + 22, 'text-anchor': 'middle', fill: MUTED }, String(year)),
    ),
  );
  const look = STATUS_LOOK[progress.assessment.status];
  return svgDocument(
    { width: WIDTH, height: HEIGHT, title: `${progress.name.zh} ${progress.name.en}: ${look.zh} ${look.en}`, desc },
    heading(progress.name.zh, progress.name.en, WIDTH - 32),
    legend(
      [
        ...STATE_ORDER.filter((state) => state !== 'no_report').map((state) => ({
          swatch: element('rect', { width: 16, height: 12, fill: STATUS_LOOK[state].colour }),
          label: `${STATUS_LOOK[state].zh} ${STATUS_LOOK[state].en}`,
        })),
        { swatch: element('rect', { width: 16, height: 12, fill: '#59636e', 'fill-opacity': 0.35 }), label: '淡色：最近报道之后 faded: since the latest report' },
      ],
      16,
      60,
      WIDTH - 16,
    ),
    element('rect', { x: LANE.left, y: LANE.top, width: LANE.right - LANE.left, height: LANE.height, fill: '#f6f8fa', stroke: '#d0d7de' }),
    ...spans,
    ...markers,
    ...axis,
    element('line', { class: 'deadline', x1: x(deadlineAt), x2: x(deadlineAt), y1: LANE.top - 8, y2: laneBottom + 8, stroke: '#cf222e', 'stroke-dasharray': '4 3' }),
    element('text', { x: x(deadlineAt), y: laneBottom + 40, 'text-anchor': 'end', fill: '#cf222e', 'font-size': 11 }, escapeMarkup(`期限 deadline ${progress.deadline}`)),
  );
}
