import { csvLine, number, text, unescapeCell } from '../../http/csv.js';
import type { Observation } from '../observations/observations.schemas.js';
import type { Source } from '../sources/sources.schemas.js';

/** The columns of an import, and of an export, which is why one can be fed to the other. */
export const CSV_COLUMNS = [
  'id',
  'planId',
  'targetId',
  'indicatorId',
  'periodStart',
  'periodEnd',
  'reportedValue',
  'reportedUnit',
  'value',
  'state',
  'qualifier',
  'yearOnYearPercent',
  'sourceId',
  'quote',
  'note',
  'sourceTitle',
  'sourcePublisher',
  'sourcePublishedOn',
  'sourcePublishedOnNote',
  'sourceLanguage',
  'sourceKind',
  'sourceUrl',
  'sourceDocument',
  'sourceFormerIds',
] as const;
export type Column = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Partial<Record<Column, string>>;

/** Field paths of the JSON form, as the CSV names them, so that an error points at a column. */
const COLUMN_OF: Record<string, Column> = {
  'period.start': 'periodStart',
  'period.end': 'periodEnd',
  'period': 'periodEnd',
  'reported.value': 'reportedValue',
  'reported.unit': 'reportedUnit',
  'reported': 'reportedValue',
};

export function csvColumnOf(path: string): string {
  return COLUMN_OF[path] ?? path;
}

export const csvHeader = () => CSV_COLUMNS.join(',') + '\r\n';

/** Figures as CSV lines, with their sources' fields, in the order of CSV_COLUMNS. */
export function observationCsvLines(observations: Observation[], sources: Map<string, Source | undefined>): string {
  return observations
    .map((o) => {
      const source = sources.get(o.sourceId);
      return csvLine([
        text(o.id),
        text(o.planId),
        text(o.targetId),
        text(o.indicatorId),
        text(o.period.start),
        text(o.period.end),
        number(o.reported?.printed),
        text(o.reported?.unit),
        number(o.value),
        text(o.state),
        text(o.qualifier),
        number(o.yearOnYearPercent),
        text(o.sourceId),
        text(o.quote),
        text(o.note),
        text(source?.title),
        text(source?.publisher),
        text(source?.publishedOn),
        text(source?.publishedOnNote),
        text(source?.language),
        text(source?.kind),
        text(source?.url),
        text(source?.document),
        text(source?.formerIds.join(' ') || null),
      ]);
    })
    .join('');
}

const blankToUndefined = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : unescapeCell(cell));

/** A decimal number as written (digits, an optional point and exponent), read as the double it names. */
const DECIMAL_SYNTAX = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;
const numberOrText = (cell: string | undefined) => {
  const value = blankToUndefined(cell);
  return value !== undefined && DECIMAL_SYNTAX.test(value.trim()) ? Number(value) : value;
};

/** A CSV line as the JSON row it stands for; the JSON schema then judges both alike. */
export function rowOfCsv(record: CsvRecord): Record<string, unknown> {
  const reportedValue = blankToUndefined(record.reportedValue);
  const reportedUnit = blankToUndefined(record.reportedUnit);
  return {
    id: blankToUndefined(record.id),
    planId: blankToUndefined(record.planId),
    targetId: blankToUndefined(record.targetId),
    indicatorId: blankToUndefined(record.indicatorId),
    period: { start: blankToUndefined(record.periodStart) ?? '', end: blankToUndefined(record.periodEnd) ?? '' },
    reported: reportedValue !== undefined || reportedUnit !== undefined ? { value: reportedValue ?? '', unit: reportedUnit ?? '' } : undefined,
    value: numberOrText(record.value),
    state: blankToUndefined(record.state),
    qualifier: blankToUndefined(record.qualifier),
    yearOnYearPercent: numberOrText(record.yearOnYearPercent),
    sourceId: blankToUndefined(record.sourceId) ?? '',
    quote: blankToUndefined(record.quote) ?? '',
    note: blankToUndefined(record.note),
  };
}

/** The source a CSV line describes, when it describes one. */
export function sourceOfCsv(record: CsvRecord): Record<string, unknown> | undefined {
  if (!blankToUndefined(record.sourceTitle)) return undefined;
  return {
    id: blankToUndefined(record.sourceId),
    title: blankToUndefined(record.sourceTitle),
    publisher: blankToUndefined(record.sourcePublisher) ?? '',
    publishedOn: blankToUndefined(record.sourcePublishedOn) ?? null,
    publishedOnNote: blankToUndefined(record.sourcePublishedOnNote) ?? null,
    language: blankToUndefined(record.sourceLanguage) ?? '',
    kind: blankToUndefined(record.sourceKind) ?? '',
    url: blankToUndefined(record.sourceUrl) ?? null,
    document: blankToUndefined(record.sourceDocument) ?? null,
    formerIds: blankToUndefined(record.sourceFormerIds)?.split(/\s+/) ?? [],
  };
}
