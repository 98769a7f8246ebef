import { auditRepo } from '../modules/audit/audit.repo.js';
import { idempotencyRepo } from '../modules/idempotency/idempotency.repo.js';
import { indicatorsRepo } from '../modules/indicators/indicators.repo.js';
import { keysRepo } from '../modules/keys/keys.repo.js';
import { observationsRepo } from '../modules/observations/observations.repo.js';
import { plansRepo } from '../modules/plans/plans.repo.js';
import { sourcesRepo } from '../modules/sources/sources.repo.js';
import { targetsRepo } from '../modules/targets/targets.repo.js';
import { unitsRepo } from '../modules/units/units.repo.js';
import { dataVersionRepo } from './data-version.repo.js';
import type { Connection } from './database.js';

/** Every module's repository, on one connection (or one transaction). */
export function createRepos(connection: Connection) {
  return {
    sources: sourcesRepo(connection),
    plans: plansRepo(connection),
    units: unitsRepo(connection),
    targets: targetsRepo(connection),
    indicators: indicatorsRepo(connection),
    observations: observationsRepo(connection),
    keys: keysRepo(connection),
    audit: auditRepo(connection),
    idempotency: idempotencyRepo(connection),
    dataVersion: dataVersionRepo(connection),
  };
}

export type Repos = ReturnType<typeof createRepos>;
