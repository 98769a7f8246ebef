import { formatQuantity } from '../../domain/chart.js';
import type { StatedFigure } from '../observations/observations.repo.js';
import type { PlanProgress, TargetProgress } from '../progress/progress.schemas.js';
import { BOUND_SIGN, QUALIFIER_SIGN, STATE_ORDER, STATUS_LOOK } from './labels.js';
import { percentText, sectionsOf } from './plan-chart.js';

/** What the charts show, in words, for their <desc>: the numbers a reader who cannot see them would need. */

const when = (asOf: string | null) => (asOf ? `as of ${asOf}` : 'as now recorded');

/** Which figures the chart draws, saying so when the newest `limit` are only part of them. */
function figuresDrawn(figures: readonly StatedFigure[], total: number, limit: number): string {
  if (figures.length >= limit && total > figures.length) return `the newest ${figures.length} of ${total} figures (a chart draws at most ${limit})`;
  return `${figures.length} figure${figures.length === 1 ? '' : 's'}`;
}

export function describeTarget(progress: TargetProgress, figures: readonly StatedFigure[], limit: number): string {
  const look = STATUS_LOOK[progress.assessment.status];
  const head = `${progress.name.zh} (${progress.name.en}), ${when(progress.asOf)}: ${figuresDrawn(figures, progress.observationCount, limit)}; deadline ${progress.deadline}; assessment ${look.en} (${look.zh}).`;
  if (progress.kind !== 'quantity') {
    const states = [...figures].reverse().map((figure) => `${figure.period.end} ${figure.state?.replace('_', ' ')}`);
    return `${head} Reported states: ${states.join('; ') || 'none'}.`;
  }
  const values = [...figures].reverse().filter((figure) => figure.value !== null).map((figure) => `${figure.period.start} to ${figure.period.end}: ${QUALIFIER_SIGN[figure.qualifier ?? 'exact']}${formatQuantity(figure.value!)} ${progress.unit}`);
  const parts = [`${head} Target ${formatQuantity(progress.targetValue)} ${progress.unit}.`];
  if (values.length) parts.push(`Figures: ${values.join('; ')}.`);
  if (progress.percentComplete !== null) parts.push(`Percent complete ${percentText(progress.percentComplete, progress.percentCompleteBound)}.`);
  if (progress.estimate) parts.push(`Full-year estimate for ${progress.estimate.year}: ${BOUND_SIGN[progress.estimate.bound]}${formatQuantity(progress.estimate.value)} ${progress.unit}.`);
  const projected = progress.assessment.projection.projectedValue;
  if (projected) parts.push(`Projected at the deadline on the observed trend: ${BOUND_SIGN[projected.bound]}${formatQuantity(projected.value)} ${progress.unit}.`);
  return parts.join(' ');
}

export function describePlan(progress: Extract<PlanProgress, { view: 'tree' }>): string {
  const targets = sectionsOf(progress).flatMap((section) => section.targets.map(({ progress: target }) => {
    const percent = target.percentComplete !== null ? percentText(target.percentComplete, target.percentCompleteBound) : 'no comparable figure';
    return `${target.name.en} (${target.name.zh}) ${percent}, ${STATUS_LOOK[target.assessment.status].en}`;
  }));
  const states = STATE_ORDER.map((state) => `${progress.assessmentCounts[state]} ${STATUS_LOOK[state].en}`);
  return `Percent complete of ${targets.length} quantity targets, ${when(progress.asOf)}: ${targets.join('; ')}. Milestones and actions: ${states.join(', ')}.`;
}
