import type { Repos } from '../../db/store.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { resolveUnitWord } from '../../domain/units.js';
import type { WriteContext } from '../write-context.js';
import type { Unit } from './units.schemas.js';

export async function createUnit(write: WriteContext, unit: Unit): Promise<Unit> {
  if (await write.tx.units.find(unit.code)) throw new Conflict(`unit "${unit.code}" already exists`, { kind: 'unit', id: unit.code });
  const known = await write.tx.units.all();
  // A word may name one unit only, or a figure printed with it would silently mean either.
  const taken = [unit.code, ...unit.aliases].find((word) => resolveUnitWord(word, known));
  if (taken) throw new Conflict(`"${taken}" already names unit ${resolveUnitWord(taken, known)?.code}`);
  const created = await write.tx.units.insert(unit);
  write.record({ action: 'create', entityType: 'unit', entityId: created.code });
  return created;
}

export async function requireUnit(repos: Repos, code: string): Promise<Unit> {
  const unit = await repos.units.find(code);
  if (!unit) throw new NotFound('unit', code);
  return unit;
}
