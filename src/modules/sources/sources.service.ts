import type { Repos } from '../../db/store.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import type { WriteContext } from '../write-context.js';
import type { Source, SourceInput } from './sources.schemas.js';

/** A source by its id; one known by a former id answers NotFound here (routes redirect, figures resolve). */
export async function requireSource(repos: Repos, sourceId: string): Promise<Source> {
  const source = await repos.sources.find(sourceId);
  if (!source) throw new NotFound('source', sourceId);
  return source;
}

/** The id a source goes by now: its own, or the one it was renamed to. */
export async function currentSourceId(repos: Repos, sourceId: string): Promise<string | undefined> {
  if (await repos.sources.find(sourceId)) return sourceId;
  return repos.sources.renamedTo(sourceId);
}

export async function createSource(write: WriteContext, input: SourceInput): Promise<Source> {
  const { tx } = write;
  const taken = (await tx.sources.find(input.id)) ?? (await tx.sources.renamedTo(input.id));
  if (taken) throw new Conflict(`source "${input.id}" already exists`, { kind: 'source', id: input.id });
  for (const former of input.formerIds) {
    if ((await tx.sources.find(former)) || (await tx.sources.renamedTo(former))) {
      throw new Conflict(`"${former}" already names a source`, { kind: 'source', id: former });
    }
  }
  const source = await tx.sources.insert(input);
  write.record({ action: 'create', entityType: 'source', entityId: source.id });
  return source;
}
