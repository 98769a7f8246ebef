import { clearOf, formatQuantity, linearScale, projectionCurve, ticksFromZero, yearPosition, yearRange } from '../../domain/chart.js';
import { valueBound } from '../../domain/assessment.js';
import type { Bound } from '../../domain/progress.js';
import { periodKindOf } from '../../domain/periods.js';
import { element, escapeMarkup } from '../markup.js';
import type { StatedFigure } from '../observations/observations.repo.js';
import type { TargetProgress } from '../progress/progress.schemas.js';
import { BOUND_NAME, BOUND_SIGN, COMPARATOR_SIGN, QUALIFIER_SIGN, STATUS_LOOK } from './labels.js';
import { heading, legend, svgDocument } from './svg.js';

type QuantityProgress = Extract<TargetProgress, { kind: 'quantity' }>;

const WIDTH = 800;
const HEIGHT = 460;
const PLOT = { left: 96, right: WIDTH - 180, top: 124, bottom: HEIGHT - 40 };
const INK = '#1f2328';
const MUTED = '#59636e';
const FIGURE_COLOUR = '#0969da';
const TARGET_COLOUR = '#1a7f37';

/** An arrow from a marker pointing the way the true value may lie: up for a floor, down for a ceiling. */
function boundMark(bound: Bound, x: number, y: number): string {
  if (bound === 'exact') return '';
  const name = BOUND_NAME[bound];
  if (bound === 'approximate') {
    return element('circle', { class: 'bound', 'data-bound': name, cx: x, cy: y, r: 10, fill: 'none', stroke: MUTED, 'stroke-dasharray': '2 2' });
  }
  const way = bound === 'lower_bound' ? -1 : 1;
  const tip = y + way * 26;
  return element('path', {
    class: 'bound',
    'data-bound': name,
    d: `M${x} ${y + way * 7}V${tip}M${x - 5} ${tip - way * 6}L${x} ${tip}L${x + 5} ${tip - way * 6}`,
    fill: 'none',
    stroke: INK,
    'stroke-width': 1.5,
  });
}

/** "1—10月" for a part of one year; the dates otherwise. */
function periodLabel({ start, end }: StatedFigure['period']): string {
  if (start.slice(0, 4) === end.slice(0, 4) && start.slice(5) === '01-01') return `1—${Number(end.slice(5, 7))}月`;
  return `${start}—${end}`;
}

const isPartYear = (progress: QuantityProgress, figure: StatedFigure) => progress.measure === 'annual' && periodKindOf(figure.period) === 'year_to_date';

/** The figures over time against the target line and the deadline, part-year figures and estimates marked, the projection dashed. */
export function quantityChart(progress: QuantityProgress, figures: readonly StatedFigure[], desc: string): string {
  const { assessment, estimate, unit } = progress;
  const deadlineAt = yearPosition(progress.deadline);
  const estimateAt = estimate && yearPosition(`${estimate.year}-12-31`);
  const from = assessment.inputs.required?.from;
  const fromAt = from && yearPosition(from.date ?? `${from.year}-12-31`);
  const projected = assessment.projection.projectedValue;
  const plotted = figures.filter((figure) => figure.value !== null);

  const positions = [deadlineAt, ...plotted.flatMap((figure) => [yearPosition(figure.period.start), yearPosition(figure.period.end)])];
  if (estimateAt) positions.push(estimateAt);
  const years = yearRange(positions);
  const x = linearScale([years.from, years.to], [PLOT.left, PLOT.right]);
  const values = [progress.targetValue, ...plotted.map((figure) => figure.value!), estimate?.value ?? 0, projected?.value ?? 0];
  const axis = ticksFromZero(Math.max(...values) * 1.08);
  const y = linearScale([0, axis.max], [PLOT.bottom, PLOT.top]);

  const grid = [
    ...axis.ticks.map((tick) =>
      element('g', { class: 'y-tick' },
        element('line', { x1: PLOT.left, x2: PLOT.right, y1: y(tick), y2: y(tick), stroke: '#eaeef2' }),
        element('text', { x: PLOT.left - 8, y: y(tick) + 4, 'text-anchor': 'end', fill: MUTED }, escapeMarkup(formatQuantity(tick))),
      ),
    ),
    element('text', { x: PLOT.left - 8, y: PLOT.top - 12, 'text-anchor': 'end', fill: MUTED }, escapeMarkup(unit)),
    ...years.years.map((year) =>
      element('g', { class: 'year' },
        element('line', { x1: x(year), x2: x(year), y1: PLOT.top, y2: PLOT.bottom + 6, stroke: '#eaeef2' }),
        element('text', { x: x(year + 0.5), y: PLOT.bottom + 20, 'text-anchor': 'middle', fill: MUTED }, String(year)),
      ),
    ),
    element('line', { x1: PLOT.left, x2: PLOT.right, y1: PLOT.bottom, y2: PLOT.bottom, stroke: MUTED }),
  ];

  const targetY = y(progress.targetValue);
  const goal = [
    element('line', { class: 'target-line', x1: PLOT.left, x2: PLOT.right, y1: targetY, y2: targetY, stroke: TARGET_COLOUR, 'stroke-width': 2 }),
    element('text', { x: PLOT.right + 6, y: targetY + 4, fill: TARGET_COLOUR }, escapeMarkup(`目标 target ${COMPARATOR_SIGN[progress.comparator]}${formatQuantity(progress.targetValue)}`)),
    element('line', { class: 'deadline', x1: x(deadlineAt), x2: x(deadlineAt), y1: PLOT.top - 6, y2: PLOT.bottom, stroke: '#cf222e', 'stroke-dasharray': '4 3' }),
    element('text', { x: x(deadlineAt), y: PLOT.top - 10, 'text-anchor': 'middle', fill: '#cf222e', 'font-size': 11 }, escapeMarkup(`期限 deadline ${progress.deadline}`)),
  ];

  const projection: string[] = [];
  if (from && fromAt !== undefined && projected) {
    const curve = projectionCurve({ at: fromAt, value: from.value }, { at: deadlineAt, value: projected.value }, assessment.method === 'linear_pace' ? 'linear' : 'compound');
    projection.push(
      element('path', {
        class: 'projection',
        d: curve.map((point, i) => `${i ? 'L' : 'M'}${Math.round(x(point.at) * 10) / 10} ${Math.round(y(point.value) * 10) / 10}`).join(''),
        fill: 'none',
        stroke: STATUS_LOOK[assessment.status].colour,
        'stroke-width': 2,
        'stroke-dasharray': '6 4',
      }),
      // Kept clear of the target's label when the two lines end close together.
      element('text', { x: PLOT.right + 6, y: clearOf(y(projected.value), targetY, 14) + 4, fill: STATUS_LOOK[assessment.status].colour }, escapeMarkup(`预计 projected ${BOUND_SIGN[projected.bound]}${formatQuantity(projected.value)}`)),
    );
  }

  const marks = plotted.map((figure) => {
    const part = isPartYear(progress, figure);
    const cx = x(yearPosition(figure.period.end));
    const cy = y(figure.value!);
    const qualifier = figure.qualifier ?? 'exact';
    const bound = valueBound(qualifier);
    return element('g', { class: 'figure', 'data-id': figure.id, 'data-period': part ? 'part_year' : 'whole', 'data-bound': BOUND_NAME[bound] },
      element('line', { x1: x(yearPosition(figure.period.start)), x2: cx, y1: cy, y2: cy, stroke: FIGURE_COLOUR, 'stroke-opacity': 0.35, 'stroke-width': 3 }),
      boundMark(bound, cx, cy),
      element('circle', { cx, cy, r: 5, fill: part ? '#ffffff' : FIGURE_COLOUR, stroke: FIGURE_COLOUR, 'stroke-width': 2 }),
      element('text', { x: cx + 8, y: cy + (bound === 'upper_bound' ? -8 : 16), 'font-size': 11 },
        escapeMarkup(`${QUALIFIER_SIGN[qualifier]}${formatQuantity(figure.value!)}${part ? ` (${periodLabel(figure.period)})` : ''}`)),
    );
  });
  if (estimate && estimateAt) {
    const cx = x(estimateAt);
    const cy = y(estimate.value);
    marks.push(
      element('g', { class: 'estimate', 'data-bound': BOUND_NAME[estimate.bound] },
        boundMark(estimate.bound, cx, cy),
        element('path', { d: `M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`, fill: '#ffffff', stroke: '#8250df', 'stroke-width': 2 }),
        element('text', { x: cx + 10, y: cy - 8, 'font-size': 11, fill: '#8250df' }, escapeMarkup(`估 est. ${BOUND_SIGN[estimate.bound]}${formatQuantity(estimate.value)} (${estimate.year})`)),
      ),
    );
  }

  const look = STATUS_LOOK[assessment.status];
  const swatchCircle = (fill: string) => element('circle', { cx: 7, cy: 6, r: 5, fill, stroke: FIGURE_COLOUR, 'stroke-width': 2 });
  return svgDocument(
    { width: WIDTH, height: HEIGHT, title: `${progress.name.zh} ${progress.name.en}: ${look.zh} ${look.en}`, desc },
    heading(progress.name.zh, progress.name.en, WIDTH - 220),
    element('rect', { x: WIDTH - 196, y: 12, width: 180, height: 24, rx: 12, fill: look.colour }),
    element('text', { x: WIDTH - 106, y: 28, 'text-anchor': 'middle', fill: '#ffffff', 'font-weight': 'bold' }, escapeMarkup(`${look.zh} ${look.en}`)),
    legend(
      [
        { swatch: swatchCircle(FIGURE_COLOUR), label: '全年 whole year' },
        { swatch: swatchCircle('#ffffff'), label: '部分年份 part year' },
        { swatch: element('path', { d: 'M7 0L14 6L7 12L0 6Z', fill: '#ffffff', stroke: '#8250df', 'stroke-width': 2 }), label: '全年估算 estimate' },
        { swatch: element('path', { d: 'M7 12V1M3 5L7 1L11 5', fill: 'none', stroke: INK, 'stroke-width': 1.5 }), label: '超过 more than (floor)' },
        { swatch: element('path', { d: 'M0 6H16', stroke: look.colour, 'stroke-width': 2, 'stroke-dasharray': '5 3' }), label: '按当前增速 projection' },
        { swatch: element('path', { d: 'M0 6H16', stroke: TARGET_COLOUR, 'stroke-width': 2 }), label: '目标 target' },
      ],
      16,
      56,
      WIDTH - 16,
    ),
    ...grid,
    ...goal,
    ...projection,
    ...marks,
  );
}
