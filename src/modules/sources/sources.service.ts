import type { Db } from '../../db/client.js';
import { conflict, notFound } from '../../http/problem.js';
import { findSource, insertSource } from './sources.repo.js';
import type { Source, SourceInput } from './sources.schemas.js';

export function requireSource(db: Db, sourceId: string): Source {
  const source = findSource(db, sourceId);
  if (!source) throw notFound('source', sourceId);
  return source;
}

export function createSource(db: Db, input: SourceInput): Source {
  if (findSource(db, input.id)) throw conflict(`source "${input.id}" already exists`);
  return insertSource(db, input);
}
