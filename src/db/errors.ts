/** Errors the store raises in its own terms, whatever the engine underneath said. */

/** A write broke a key, a reference or a check: another request wrote first, or the data refers to nothing. */
export class ConstraintViolation extends Error {
  constructor(
    readonly constraint: 'unique' | 'foreign_key' | 'check',
    detail: string,
  ) {
    super(detail);
  }
}

/** The database cannot take writes now (read-only, out of space): reads still work. */
export class WritesUnavailable extends Error {}

/**
 * The database rolled this write back because it collided with a concurrent one (PostgreSQL broke a
 * deadlock, or could not serialise the two): nothing of it was stored, and the same write retried
 * succeeds.
 */
export class WriteCollision extends Error {}
