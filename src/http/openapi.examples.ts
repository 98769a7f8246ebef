import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../seed/load.js';

/** Ids of the shipped plan, so that every example in the documentation names something that exists. */
export const PARAMETER_EXAMPLES: Record<string, string> = {
  planId: 'tianjin-jjj-2027',
  targetId: 'port-container-throughput',
  indicatorId: 'jjj-gdp',
  itemId: 'goals-2',
  observationId: '000-port-throughput-2024-jan-oct',
  sourceId: 'xinhua-tianjin-2024-year-review',
  code: 'TEU',
  keyId: 'key-0123456789ab',
};

const read = (path: string) => JSON.parse(readFileSync(join(SEED_DIR, path), 'utf8'));
const without = <T extends object>(record: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/**
 * A valid request body for each operation that takes one, taken from the seed (so that each is a
 * figure a document really gives, as the API takes it), by operationId; `<id>:csv` for a CSV body.
 */
export function requestExamples(): Record<string, unknown> {
  const plan = read('plans/tianjin-jjj-2027.json');
  const report = read('reports/000.json');
  const figure = report.observations.find((o: { id: string }) => o.id === PARAMETER_EXAMPLES.observationId);
  const indicatorFigure = report.observations.find((o: { indicatorId?: string }) => o.indicatorId);
  const target = plan.targets.find((t: { id: string }) => t.id === PARAMETER_EXAMPLES.targetId);
  const observation = { ...without(figure, 'id', 'targetId'), sourceId: report.source.id };
  const units = read('units.json');
  return {
    createPlan: plan.plan,
    updatePlan: { deadline: plan.plan.deadline },
    createPlanItem: plan.items.find((item: { id: string }) => item.id === PARAMETER_EXAMPLES.itemId),
    updatePlanItem: { title: plan.items.find((item: { id: string }) => item.id === PARAMETER_EXAMPLES.itemId).title },
    createTarget: { planId: plan.plan.id, ...target },
    updateTarget: { note: target.note },
    updatePlanTarget: { note: target.note },
    createIndicator: { planId: report.planId, ...report.indicators[0] },
    createSource: report.source,
    createUnit: units[0],
    createKey: { name: 'statistics-desk', scope: 'write' },
    createTargetObservation: observation,
    createPlanTargetObservation: observation,
    createIndicatorObservation: { ...without(indicatorFigure, 'id', 'indicatorId'), sourceId: report.source.id },
    createPlanIndicatorObservation: { ...without(indicatorFigure, 'id', 'indicatorId'), sourceId: report.source.id },
    updateObservation: { note: 'checked against the port authority bulletin' },
    withdrawObservation: { reason: 'the report mixed up two ports' },
    importObservations: { observations: [{ ...observation, targetId: PARAMETER_EXAMPLES.targetId }] },
    'importObservations:csv': [
      'targetId,periodStart,periodEnd,reportedValue,reportedUnit,qualifier,yearOnYearPercent,sourceId,quote',
      `${PARAMETER_EXAMPLES.targetId},${figure.period.start},${figure.period.end},${figure.reported.value},${figure.reported.unit},exact,${figure.yearOnYearPercent},${report.source.id},"${figure.quote}"`,
    ].join('\r\n'),
  };
}
