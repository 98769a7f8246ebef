import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import { precisionOf } from '../../domain/periods.js';
import type { Source, SourceInput } from './sources.schemas.js';

export function sourcesRepo({ db, tables, engine }: Connection) {
  const { sources, sourceAliases } = tables;
  type Row = typeof sources.$inferSelect;
  const toSource = (row: Row, formerIds: string[]): Source => ({
    ...row,
    publishedOnPrecision: row.publishedOn ? precisionOf(row.publishedOn) : null,
    formerIds,
  });
  /** The former ids of some sources, in one query. */
  async function withFormerIds(rows: Row[]): Promise<Source[]> {
    const aliases = rows.length
      ? await db
          .select()
          .from(sourceAliases)
          .where(inArray(sourceAliases.sourceId, rows.map((row) => row.id)))
          .orderBy(asc(sourceAliases.alias))
      : [];
    return rows.map((row) => toSource(row, aliases.filter((alias) => alias.sourceId === row.id).map((alias) => alias.alias)));
  }
  const byId = engine.prepared('sources.byId', () =>
    db.select().from(sources).where(eq(sources.id, sql.placeholder('id'))).limit(1),
  );
  const byAlias = engine.prepared('sources.byAlias', () =>
    db.select({ sourceId: sourceAliases.sourceId }).from(sourceAliases).where(eq(sourceAliases.alias, sql.placeholder('alias'))).limit(1),
  );

  return {
    async find(id: string): Promise<Source | undefined> {
      const rows = await byId.execute({ id });
      return (await withFormerIds(rows))[0];
    },

    /** The id a source goes by now, when `id` is one it was known by before. */
    async renamedTo(id: string): Promise<string | undefined> {
      const [row] = await byAlias.execute({ alias: id });
      return row?.sourceId;
    },

    async list(filter: { kind?: Source['kind']; after?: string; limit: number }): Promise<Source[]> {
      const rows = await db
        .select()
        .from(sources)
        .where(
          and(filter.kind ? eq(sources.kind, filter.kind) : undefined, filter.after ? after([sources.id], [filter.after]) : undefined),
        )
        .orderBy(asc(sources.id))
        .limit(filter.limit);
      return withFormerIds(rows);
    },

    async insert(input: SourceInput): Promise<Source> {
      const { formerIds, ...columns } = input;
      const [row] = await db.insert(sources).values(columns).returning();
      if (formerIds.length) await db.insert(sourceAliases).values(formerIds.map((alias) => ({ alias, sourceId: input.id })));
      return toSource(row, formerIds);
    },

    async addAliases(id: string, aliases: string[]): Promise<void> {
      if (aliases.length) await db.insert(sourceAliases).values(aliases.map((alias) => ({ alias, sourceId: id }))).onConflictDoNothing();
    },
  };
}

export type SourcesRepo = ReturnType<typeof sourcesRepo>;
