/** The words the service's data is made of: every enumerated value a column or a field can hold. */

export const COMPARATORS = ['at_least', 'more_than', 'about', 'at_most'] as const;
export const MEASURES = ['annual', 'level', 'cumulative', 'ratio'] as const;
export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'less_than'] as const;
export const MILESTONE_STATES = ['not_started', 'under_way', 'completed'] as const;
/** quantity: a number to reach; milestone: a project with a completion point; action: one without (建设, 推进). */
export const TARGET_KINDS = ['quantity', 'milestone', 'action'] as const;
/** What a figure's period is, which decides what it can be compared with. */
export const PERIOD_KINDS = ['calendar_year', 'year_to_date', 'day', 'other'] as const;
export const SOURCE_KINDS = ['plan', 'news_report', 'statistical_release'] as const;
export const SCOPES = ['read', 'write', 'admin'] as const;
export const VERSION_ACTIONS = ['created', 'revised', 'withdrawn'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'withdraw', 'revoke', 'import'] as const;
export const IDEMPOTENCY_STATES = ['in_progress', 'done'] as const;

export type Comparator = (typeof COMPARATORS)[number];
export type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type MilestoneState = (typeof MILESTONE_STATES)[number];
export type TargetKind = (typeof TARGET_KINDS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Scope = (typeof SCOPES)[number];
export type VersionAction = (typeof VERSION_ACTIONS)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
