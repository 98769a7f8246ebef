import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { planItems, plans } from '../../db/schema.js';
import type { Item, ItemInput, ItemNode, Plan, PlanInput } from './plans.schemas.js';

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

export function listPlans(db: Db): Plan[] {
  return db.select().from(plans).orderBy(asc(plans.id)).all().map(toPlan);
}

export function findPlan(db: Db, id: string): Plan | undefined {
  const row = db.select().from(plans).where(eq(plans.id, id)).get();
  return row && toPlan(row);
}

export function insertPlan(db: Db, plan: PlanInput): Plan {
  return toPlan(db.insert(plans).values(planColumns(plan)).returning().get());
}

export function updatePlan(db: Db, plan: PlanInput): Plan {
  return toPlan(db.update(plans).set(planColumns(plan)).where(eq(plans.id, plan.id)).returning().get()!);
}

const toItem = (row: typeof planItems.$inferSelect): Item => ({
  id: row.id,
  planId: row.planId,
  parentId: row.parentId,
  number: row.number,
  title: { zh: row.titleZh, en: row.titleEn },
  position: row.position,
});

const itemColumns = (planId: string, item: ItemInput) => ({
  id: item.id,
  planId,
  parentId: item.parentId,
  number: item.number,
  titleZh: item.title.zh,
  titleEn: item.title.en,
  position: item.position,
});

export function findItem(db: Db, id: string): Item | undefined {
  const row = db.select().from(planItems).where(eq(planItems.id, id)).get();
  return row && toItem(row);
}

export function listItems(db: Db, planId: string): Item[] {
  return db
    .select()
    .from(planItems)
    .where(eq(planItems.planId, planId))
    .orderBy(asc(planItems.position), asc(planItems.id))
    .all()
    .map(toItem);
}

export function itemTree(items: Item[]): ItemNode[] {
  const nodes = new Map(items.map((item) => [item.id, { ...item, children: [] as ItemNode[] }]));
  const roots: ItemNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function insertItem(db: Db, planId: string, item: ItemInput): Item {
  return toItem(db.insert(planItems).values(itemColumns(planId, item)).returning().get());
}

export function updateItem(db: Db, planId: string, item: ItemInput): Item {
  return toItem(db.update(planItems).set(itemColumns(planId, item)).where(eq(planItems.id, item.id)).returning().get()!);
}
