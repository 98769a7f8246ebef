import { and, asc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../../db/database.js';
import { after } from '../../db/keyset.js';
import type { Item, ItemInput, ItemNode, Plan, PlanInput } from './plans.schemas.js';

export function plansRepo({ db, tables, engine }: Connection) {
  const { plans, planItems } = tables;

  const toPlan = (row: typeof plans.$inferSelect): Plan => ({
    id: row.id,
    title: { zh: row.titleZh, en: row.titleEn },
    issuer: { zh: row.issuerZh, en: row.issuerEn },
    issuedOn: row.issuedOn,
    deadline: row.deadline,
    sourceId: row.sourceId,
    createdAt: row.createdAt,
  });
  const planColumns = (plan: PlanInput) => ({
    id: plan.id,
    titleZh: plan.title.zh,
    titleEn: plan.title.en,
    issuerZh: plan.issuer.zh,
    issuerEn: plan.issuer.en,
    issuedOn: plan.issuedOn,
    deadline: plan.deadline,
    sourceId: plan.sourceId,
  });
  const toItem = (row: typeof planItems.$inferSelect): Item => ({
    id: row.id,
    planId: row.planId,
    parentId: row.parentId,
    number: row.number,
    title: { zh: row.titleZh, en: row.titleEn },
    position: row.position,
    note: row.note,
  });
  const itemColumns = (planId: string, item: ItemInput) => ({
    planId,
    id: item.id,
    parentId: item.parentId,
    number: item.number,
    titleZh: item.title.zh,
    titleEn: item.title.en,
    position: item.position,
    note: item.note,
  });

  const planById = engine.prepared('plans.byId', () => db.select().from(plans).where(eq(plans.id, sql.placeholder('id'))).limit(1));
  const itemById = engine.prepared('plans.itemById', () =>
    db
      .select()
      .from(planItems)
      .where(and(eq(planItems.planId, sql.placeholder('planId')), eq(planItems.id, sql.placeholder('id'))))
      .limit(1),
  );
  const itemsOfPlan = engine.prepared('plans.items', () =>
    db
      .select()
      .from(planItems)
      .where(eq(planItems.planId, sql.placeholder('planId')))
      .orderBy(asc(planItems.position), asc(planItems.id)),
  );

  return {
    async find(id: string): Promise<Plan | undefined> {
      const [row] = await planById.execute({ id });
      return row && toPlan(row);
    },

    async list(page: { after?: string; limit: number }): Promise<Plan[]> {
      const rows = await db
        .select()
        .from(plans)
        .where(page.after ? after([plans.id], [page.after]) : undefined)
        .orderBy(asc(plans.id))
        .limit(page.limit);
      return rows.map(toPlan);
    },

    async insert(plan: PlanInput): Promise<Plan> {
      const [row] = await db.insert(plans).values(planColumns(plan)).returning();
      return toPlan(row);
    },

    async update(plan: PlanInput): Promise<Plan> {
      const [row] = await db.update(plans).set(planColumns(plan)).where(eq(plans.id, plan.id)).returning();
      return toPlan(row);
    },

    async findItem(planId: string, id: string): Promise<Item | undefined> {
      const [row] = await itemById.execute({ planId, id });
      return row && toItem(row);
    },

    /**
     * Every item of a plan, in order. A plan's structure is a printed document's outline (tens of
     * items), which the tree needs whole.
     */
    async items(planId: string): Promise<Item[]> {
      return (await itemsOfPlan.execute({ planId })).map(toItem);
    },

    async insertItem(planId: string, item: ItemInput): Promise<Item> {
      const [row] = await db.insert(planItems).values(itemColumns(planId, item)).returning();
      return toItem(row);
    },

    async updateItem(planId: string, item: ItemInput): Promise<Item> {
      const [row] = await db
        .update(planItems)
        .set(itemColumns(planId, item))
        .where(and(eq(planItems.planId, planId), eq(planItems.id, item.id)))
        .returning();
      return toItem(row);
    },
  };
}

export type PlansRepo = ReturnType<typeof plansRepo>;

export function itemTree(items: Item[]): ItemNode[] {
  const nodes = new Map(items.map((item) => [item.id, { ...item, children: [] as ItemNode[] }]));
  const roots: ItemNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
