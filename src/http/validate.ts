import type { z } from 'zod';
import { invalid } from './problem.js';

/** Validates a record assembled by the service (a merged PATCH, a seed row) with the API's own schema. */
export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, location = 'body'): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((issue) => ({
      field: [location, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
