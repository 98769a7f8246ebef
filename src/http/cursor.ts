import { ProblemError } from './problem.js';

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id || encodeCursor(id) !== cursor) {
    throw new ProblemError(400, 'The cursor is not one this service issued', [
      { field: 'query.cursor', message: 'pass the nextCursor of a previous page unchanged' },
    ]);
  }
  return id;
}

/** Pages are fetched one row long, so that the extra row tells whether another page follows. */
export function toPage<T extends { id: string | number }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(String(items[items.length - 1].id)) : null };
}
