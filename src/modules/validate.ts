import type { z } from 'zod';
import { Invalid } from '../domain/errors.js';

/** Validates a record a service assembled (a merged PATCH, a seed row) with the API's own schema. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Invalid(result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })));
}
