import { eq, sql } from 'drizzle-orm';
import type { Connection } from './database.js';

/** The number every committed write advances: cached answers are valid for the number they were made at. */
export function dataVersionRepo({ db, tables, engine }: Connection) {
  const { dataVersion } = tables;
  const read = engine.prepared('dataVersion.read', () =>
    db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)),
  );
  return {
    async read(): Promise<number> {
      const [row] = await read.execute();
      return row?.version ?? 0;
    },
    async advance(): Promise<void> {
      await db
        .insert(dataVersion)
        .values({ id: 1, version: 1 })
        .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } });
    },
  };
}
