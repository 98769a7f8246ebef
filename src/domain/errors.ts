/**
 * What services throw, in the domain's terms. src/http turns them into RFC 9457 problems, the import
 * into row-level errors; a field is named by its path in the service's own input (`reported.unit`).
 */

export interface FieldIssue {
  /** Dotted path within the input the service was given: `period.end`, `reported.unit`, `sourceId`. */
  field: string;
  message: string;
}

export class NotFound extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} "${id}" does not exist`);
  }
}

/** What already exists and stands in the way, so that a client can go and read it. */
export interface Existing {
  kind: string;
  id: string;
  planId?: string;
}

export class Conflict extends Error {
  constructor(
    detail: string,
    readonly existing?: Existing,
  ) {
    super(detail);
  }
}

export class Invalid extends Error {
  constructor(
    readonly issues: FieldIssue[],
    detail = 'The request is not valid',
  ) {
    super(detail);
  }
}

/** A precondition of the request (If-Match) no longer holds. */
export class PreconditionFailed extends Error {}

/** Collects issues and throws them together, so that one answer names every bad field. */
export class IssueList {
  readonly issues: FieldIssue[] = [];
  add(field: string, message: string) {
    this.issues.push({ field, message });
  }
  throwIfAny(detail?: string) {
    if (this.issues.length) throw new Invalid(this.issues, detail);
  }
}
