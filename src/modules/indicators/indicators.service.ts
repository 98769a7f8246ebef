import type { Db } from '../../db/client.js';
import { conflict, invalid, notFound, type FieldError } from '../../http/problem.js';
import { findItem, findPlan } from '../plans/plans.repo.js';
import { findUnit } from '../units/units.repo.js';
import { findIndicator, insertIndicator } from './indicators.repo.js';
import type { Indicator, IndicatorInput } from './indicators.schemas.js';

export function requireIndicator(db: Db, indicatorId: string): Indicator {
  const indicator = findIndicator(db, indicatorId);
  if (!indicator) throw notFound('indicator', indicatorId);
  return indicator;
}

export function createIndicator(db: Db, input: IndicatorInput): Indicator {
  if (findIndicator(db, input.id)) throw conflict(`indicator "${input.id}" already exists`);
  const errors: FieldError[] = [];
  if (!findPlan(db, input.planId)) errors.push({ field: 'body.planId', message: `plan "${input.planId}" does not exist` });
  if (findItem(db, input.itemId)?.planId !== input.planId) {
    errors.push({ field: 'body.itemId', message: `plan "${input.planId}" has no item "${input.itemId}"` });
  }
  if (!findUnit(db, input.unit)) errors.push({ field: 'body.unit', message: `unknown unit "${input.unit}"; see GET /v1/units` });
  if (errors.length) throw invalid(errors);
  return insertIndicator(db, input);
}
