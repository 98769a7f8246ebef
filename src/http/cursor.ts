import { Invalid } from '../domain/errors.js';

/**
 * A cursor is the sort key of the last row of a page, opaque to clients (base64url JSON), so that the
 * next page starts right after it, from an index, whatever was written in between.
 */
export type SortKey = (string | number)[];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const notIssued = () => new Invalid([{ field: 'query.cursor', message: 'pass the nextCursor of a previous page unchanged' }], 'The cursor is not one this service issued');

/** What the service issues: ids and dates without control characters, and 32-bit whole numbers (the columns' type). */
const isKeyPart = (part: unknown) =>
  typeof part === 'number' ? Number.isInteger(part) && Math.abs(part) < 2 ** 31 : typeof part === 'string' && part.length <= 200 && !/[\u0000-\u001f\u007f]/.test(part);

/** The sort key a cursor holds, checked to have the shape the list sorts by. */
export function decodeCursor<K extends SortKey>(cursor: string | undefined, shape: readonly ('string' | 'number')[]): K | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notIssued();
  }
  if (!Array.isArray(key) || key.length !== shape.length || !key.every((part, i) => typeof part === shape[i] && isKeyPart(part))) throw notIssued();
  return key as K;
}

/** Pages are fetched one row long, so that the extra row tells whether another page follows. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => SortKey) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
