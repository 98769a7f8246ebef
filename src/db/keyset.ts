import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * Rows after a cursor in a list ordered by `columns` ascending: a row-value comparison, which both
 * engines answer from an index on those columns.
 */
export function after(columns: Column[], values: readonly unknown[]): SQL {
  return sql`(${sql.join(columns, sql`, `)}) > (${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;
}
