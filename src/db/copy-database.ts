import { openStore } from './open.js';
import type { Store } from './store.js';

async function isEmpty(store: Store): Promise<boolean> {
  for await (const page of store.dump()) if (page.rows.length) return false;
  return true;
}

/**
 * Copies every row of one database into another, empty one (migrated to the same schema version
 * by opening it), in one transaction on the receiving side; answers the rows copied per table.
 */
export async function copyDatabase(from: string, to: string, options: { toSchema?: string } = {}): Promise<Record<string, number>> {
  const source = await openStore(from);
  try {
    const target = await openStore(to, { postgresSchema: options.toSchema });
    try {
      if (!(await isEmpty(target))) throw new Error(`${to} already holds data: copy only into an empty database`);
      const counts: Record<string, number> = {};
      async function* counted() {
        for await (const page of source.dump()) {
          counts[page.table] = (counts[page.table] ?? 0) + page.rows.length;
          yield page;
        }
      }
      await target.load(counted());
      return counts;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
