import { isDecimal } from '../../domain/decimal.js';
import { parseCsv, toCsv } from '../../http/csv.js';
import { invalid } from '../../http/problem.js';
import type { Observation } from '../observations/observations.schemas.js';
import type { Source } from '../sources/sources.schemas.js';

/** The columns of an import, and of an export, which is why one can be fed to the other. */
export const CSV_COLUMNS = [
  'id',
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
  'sourceLanguage',
  'sourceKind',
  'sourceUrl',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Partial<Record<Column, string>>;

/** Field paths of the JSON form, as the CSV names them, so that an error points at a column. */
const COLUMN_OF: Record<string, Column> = {
  'period.start': 'periodStart',
  'period.end': 'periodEnd',
  'reported.value': 'reportedValue',
  'reported.unit': 'reportedUnit',
  'reported': 'reportedValue',
};

export function csvColumnOf(path: string): string {
  return COLUMN_OF[path] ?? path;
}

export function readCsv(text: string): CsvRecord[] {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    throw invalid([{ field: 'body', message: `not valid CSV: ${(error as Error).message}` }]);
  }
  const [header = [], ...lines] = table;
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  const headerErrors = [
    ...unknown.map((name) => ({ field: `header.${name}`, message: 'not a column of the import' })),
    ...repeated.map((name) => ({ field: `header.${name}`, message: 'named more than once' })),
    ...(header.includes('sourceId') ? [] : [{ field: 'header', message: 'the first line must name the columns' }]),
  ];
  if (headerErrors.length) throw invalid(headerErrors, `The CSV header must use these columns: ${CSV_COLUMNS.join(',')}`);
  // A line with more cells than the header has lost its alignment (often an unquoted comma in a quote).
  const ragged = lines.flatMap((cells, i) =>
    cells.length > header.length
      ? [{ field: `rows[${i + 1}]`, message: `${cells.length} cells for ${header.length} columns: quote a field that holds a comma` }]
      : [],
  );
  if (ragged.length) throw invalid(ragged, `${ragged.length} row(s) have more cells than the header; nothing was imported`);
  return lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as CsvRecord);
}

const blankToUndefined = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text);
/** Only plain decimals become numbers: Number() would also read 0x10 or Infinity. */
const numberOrText = (text: string | undefined) => {
  const value = blankToUndefined(text);
  return value !== undefined && isDecimal(value) ? Number(value) : value;
};

/** A CSV line as the JSON row it stands for; the JSON schema then judges both alike. */
export function rowOfCsv(record: CsvRecord): Record<string, unknown> {
  const reportedValue = blankToUndefined(record.reportedValue);
  const reportedUnit = blankToUndefined(record.reportedUnit);
  return {
    id: blankToUndefined(record.id),
    targetId: blankToUndefined(record.targetId),
    indicatorId: blankToUndefined(record.indicatorId),
    period: { start: record.periodStart ?? '', end: record.periodEnd ?? '' },
    reported: reportedValue !== undefined || reportedUnit !== undefined ? { value: reportedValue ?? '', unit: reportedUnit ?? '' } : undefined,
    value: numberOrText(record.value),
    state: blankToUndefined(record.state),
    qualifier: blankToUndefined(record.qualifier),
    yearOnYearPercent: numberOrText(record.yearOnYearPercent),
    sourceId: record.sourceId ?? '',
    quote: record.quote ?? '',
    note: blankToUndefined(record.note),
  };
}

/** The source a CSV line describes, when it describes one. */
export function sourceOfCsv(record: CsvRecord): Record<string, unknown> | undefined {
  if (!blankToUndefined(record.sourceTitle)) return undefined;
  return {
    id: record.sourceId,
    title: record.sourceTitle,
    publisher: record.sourcePublisher ?? '',
    publishedOn: blankToUndefined(record.sourcePublishedOn) ?? null,
    language: record.sourceLanguage ?? '',
    kind: record.sourceKind ?? '',
    url: blankToUndefined(record.sourceUrl) ?? null,
  };
}

export function observationsCsv(observations: Observation[], sources: Map<string, Source>): string {
  return toCsv(
    CSV_COLUMNS,
    observations.map((o) => {
      const source = sources.get(o.sourceId);
      return [
        o.id,
        o.targetId,
        o.indicatorId,
        o.period.start,
        o.period.end,
        o.reported?.value,
        o.reported?.unit,
        o.value,
        o.state,
        o.qualifier,
        o.yearOnYearPercent,
        o.sourceId,
        o.quote,
        o.note,
        source?.title,
        source?.publisher,
        source?.publishedOn,
        source?.language,
        source?.kind,
        source?.url,
      ];
    }),
  );
}
