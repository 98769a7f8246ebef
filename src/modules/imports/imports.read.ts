import { createReadStream } from 'node:fs';
import { JSONParser, TokenType } from '@streamparser/json';
import { parse } from 'csv-parse';
import { Invalid } from '../../domain/errors.js';
import { ExactNumberScanner, INEXACT_MESSAGE } from '../../http/exact-numbers.js';
import { CSV_COLUMNS, csvColumnOf, rowOfCsv, sourceOfCsv, type CsvRecord } from './imports.csv.js';

/** One thing an import body holds, in the order it holds them: a source to create, or a figure. */
export type ImportEntry =
  | { kind: 'source'; raw: unknown; field: (path: string) => string }
  | { kind: 'row'; number: number; raw: unknown; field: (path: string) => string };

const withoutNulls = (raw: unknown) =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null)) : raw;

function checkHeader(header: string[]): string[] {
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  const issues = [
    ...unknown.map((name) => ({ field: `header.${name}`, message: 'not a column of the import' })),
    ...repeated.map((name) => ({ field: `header.${name}`, message: 'named more than once' })),
    ...(header.includes('sourceId') ? [] : [{ field: 'header', message: 'the first line must name the columns, sourceId among them' }]),
  ];
  if (issues.length) throw new Invalid(issues, `The CSV header must use these columns: ${CSV_COLUMNS.join(',')}`);
  return header;
}

/** The rows of a CSV file, read as they stream in: RFC 4180 quoting, strictly; a byte-order mark skipped. */
export async function* readCsvFile(path: string): AsyncGenerator<ImportEntry> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, columns: checkHeader, relax_column_count_less: true, skip_empty_lines: true }),
  );
  const described = new Set<string>();
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) {
      number += 1;
      const field = (path: string) => `rows[${number}]${path ? `.${csvColumnOf(path)}` : ''}`;
      const source = sourceOfCsv(record);
      if (source && typeof source.id === 'string' && !described.has(source.id)) {
        described.add(source.id);
        yield { kind: 'source', raw: source, field: (path) => `rows[${number}].source${path ? `.${path}` : ''}` };
      }
      yield { kind: 'row', number, raw: rowOfCsv(record), field };
    }
  } catch (error) {
    if (error instanceof Invalid) throw error;
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    const where = code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? 'quote a field that holds a comma' : message;
    throw new Invalid([{ field: `rows[${Math.max(1, (lines ?? 2) - 1)}]`, message: `not valid CSV: ${where}` }], 'The CSV cannot be read');
  } finally {
    parser.destroy();
  }
}

const JSON_SHAPE = 'The body must be {"sources": [...], "observations": [...]} (or {"items": [...]} as exported) or CSV';

/**
 * The sources and figures of a JSON import, each emitted as soon as it is parsed and then dropped:
 * `{"sources": [...], "observations": [...]}`, or `{"items": [...]}` as an export gives them. The
 * shape of the document is followed token by token, so that nothing but one row is ever held.
 */
export async function* readJsonFile(path: string): AsyncGenerator<ImportEntry> {
  const parser = new JSONParser({ paths: ['$.sources.*', '$.observations.*', '$.items.*'], keepStack: false });
  const queue: ImportEntry[] = [];
  const topLevel = { isObject: false, keys: new Map<string, TokenType>() };
  let depth = 0;
  let key: string | undefined;
  let afterColon = false;
  parser.onToken = ({ token, value }) => {
    if (depth === 0 && token === TokenType.LEFT_BRACE) topLevel.isObject = true;
    if (depth === 1 && afterColon && key !== undefined) topLevel.keys.set(key, token);
    afterColon = depth === 1 && token === TokenType.COLON;
    if (depth === 1 && token === TokenType.STRING) key = String(value);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) depth += 1;
    if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) depth -= 1;
  };
  let number = 0;
  parser.onValue = ({ value, key: index, stack }) => {
    const list = String(stack[1]?.key);
    if (list === 'sources') queue.push({ kind: 'source', raw: value, field: (p) => `sources[${String(index)}]${p ? `.${p}` : ''}` });
    else {
      number += 1;
      queue.push({ kind: 'row', number, raw: withoutNulls(value), field: (p) => `${list}[${String(index)}]${p ? `.${p}` : ''}` });
    }
  };
  // Numbers a double would change are found as the text streams by, by their path in the body.
  const exactness = new ExactNumberScanner();
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
      exactness.write(chunk as string);
      parser.write(chunk as string);
      yield* queue.splice(0);
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof Invalid) throw error;
    throw new Invalid([{ field: 'body', message: `not valid JSON: ${(error as Error).message}` }], JSON_SHAPE);
  }
  yield* queue.splice(0);
  const inexact = exactness.end();
  if (inexact.length) {
    throw new Invalid(
      inexact.map(({ path, literal }) => ({ field: path, message: INEXACT_MESSAGE(literal) })),
      'A number in the body cannot be held exactly; nothing was imported',
    );
  }
  const rows = topLevel.keys.get('observations') ?? topLevel.keys.get('items');
  if (!topLevel.isObject || rows !== TokenType.LEFT_BRACKET) {
    throw new Invalid([{ field: 'body.observations', message: 'must be an array of observations' }], JSON_SHAPE);
  }
  const sources = topLevel.keys.get('sources');
  if (sources !== undefined && sources !== TokenType.LEFT_BRACKET) {
    throw new Invalid([{ field: 'body.sources', message: 'must be an array of sources' }], JSON_SHAPE);
  }
}
