import type { Db } from '../../db/client.js';
import { resolveUnitWord } from '../../domain/units.js';
import { conflict, notFound } from '../../http/problem.js';
import { findUnit, insertUnit, listUnits } from './units.repo.js';
import type { Unit } from './units.schemas.js';

export function createUnit(db: Db, unit: Unit): Unit {
  if (findUnit(db, unit.code)) throw conflict(`unit "${unit.code}" already exists`);
  const known = listUnits(db);
  const taken = [unit.code, ...unit.aliases].find((word) => resolveUnitWord(word, known));
  if (taken) throw conflict(`"${taken}" already names unit ${resolveUnitWord(taken, known)?.code}`);
  return insertUnit(db, unit);
}

export function requireUnit(db: Db, code: string): Unit {
  const unit = findUnit(db, code);
  if (!unit) throw notFound('unit', code);
  return unit;
}
