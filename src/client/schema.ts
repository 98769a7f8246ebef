// Generated from openapi/openapi.json by openapi-typescript (npm run openapi): do not edit.
// The types of every path, operation and schema of the API, for the typed client in src/client/.
export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Answers 200 while the service and its database answer, and says whether the database takes writes (it refuses them when read-only or full; reads go on).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Every plan the service tracks, a page at a time in id order.
         */
        get: operations["listPlans"];
        put?: never;
        /**
         * Create a plan
         * @description Registers a plan; its source must exist (POST /v1/sources). Its structure (items) and targets are added next.
         */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one plan
         * @description A plan: its title and issuer in Chinese and English, when it was issued, the deadline its targets default to, and the source that publishes it.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a plan
         * @description Changes the fields given (a JSON merge patch); the id never changes.
         */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/v1/plans/{planId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan's structure as a tree of items
         * @description The parts, sections and numbered tasks of the plan as printed, as a tree: a page holds top-level items, each with its whole subtree (a plan holds at most 1,000 items).
         */
        get: operations["listPlanItems"];
        put?: never;
        /**
         * Add an item to a plan
         * @description Adds a part, section or numbered task, under another item (parentId) or at the top; ids are unique within the plan.
         */
        post: operations["createPlanItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one item of a plan
         * @description One part, section or task of the plan, with its number as printed and its title in Chinese and English.
         */
        get: operations["getPlanItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an item of a plan
         * @description Changes the fields given (a JSON merge patch); an item cannot be moved under itself.
         */
        patch: operations["updatePlanItem"];
        trace?: never;
    };
    "/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List targets
         * @description Targets of every plan, or of one (planId), an item, a kind or a unit, or whose name holds some words in Chinese or English (q), a page at a time in id order.
         */
        get: operations["listTargets"];
        put?: never;
        /**
         * Create a target
         * @description A quantity to reach (its value as the plan prints it, converted exactly to the base unit), a milestone (a named project with a completion point, 建成, 投产), or an action (work with no completion point, 建设, 推进, whose state is reported but never judged). Ids are unique within the plan.
         */
        post: operations["createTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one target
         * @description A target, by its plan and id.
         */
        get: operations["getPlanTarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a target
         * @description Changes the fields given (a JSON merge patch) of a target, by its plan and id. Its kind, plan and id never change; a quantity keeps its unit once it has figures.
         */
        patch: operations["updatePlanTarget"];
        trace?: never;
    };
    "/v1/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one target
         * @description A target, by id alone: the first target created with that id, whichever plan reused it later.
         */
        get: operations["getTarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a target
         * @description Changes the fields given (a JSON merge patch) of a target, by id alone: the first target created with that id, whichever plan reused it later. Its kind, plan and id never change; a quantity keeps its unit once it has figures.
         */
        patch: operations["updateTarget"];
        trace?: never;
    };
    "/v1/plans/{planId}/targets/{targetId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the figures of a target
         * @description The dated figures of a target (by its plan and id), in period order: a page at a time as JSON, or all of them as CSV in the columns an import takes (format=csv or Accept: text/csv), streamed.
         */
        get: operations["listPlanTargetObservations"];
        put?: never;
        /**
         * Record a figure of a target
         * @description A dated figure of a target (by its plan and id) as the document prints it (its value converted exactly to the base unit), with its period, qualifier, source and the verbatim sentence it comes from. A figure is identified by its series, period and source: the same again is a 409 naming the figure that holds it. It cannot cover time after its source was published, or after today.
         */
        post: operations["createPlanTargetObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the figures of a target
         * @description The dated figures of a target (by id alone: the first target created with that id, whichever plan reused it later), in period order: a page at a time as JSON, or all of them as CSV in the columns an import takes (format=csv or Accept: text/csv), streamed.
         */
        get: operations["listTargetObservations"];
        put?: never;
        /**
         * Record a figure of a target
         * @description A dated figure of a target (by id alone: the first target created with that id, whichever plan reused it later) as the document prints it (its value converted exactly to the base unit), with its period, qualifier, source and the verbatim sentence it comes from. A figure is identified by its series, period and source: the same again is a 409 naming the figure that holds it. It cannot cover time after its source was published, or after today.
         */
        post: operations["createTargetObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/indicators/{indicatorId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the figures of an indicator
         * @description The dated figures of an indicator (by its plan and id), in period order: a page at a time as JSON, or all of them as CSV in the columns an import takes (format=csv or Accept: text/csv), streamed.
         */
        get: operations["listPlanIndicatorObservations"];
        put?: never;
        /**
         * Record a figure of an indicator
         * @description A dated figure of an indicator (by its plan and id) as the document prints it (its value converted exactly to the base unit), with its period, qualifier, source and the verbatim sentence it comes from. A figure is identified by its series, period and source: the same again is a 409 naming the figure that holds it. It cannot cover time after its source was published, or after today.
         */
        post: operations["createPlanIndicatorObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators/{indicatorId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the figures of an indicator
         * @description The dated figures of an indicator (by id alone: the first indicator created with that id), in period order: a page at a time as JSON, or all of them as CSV in the columns an import takes (format=csv or Accept: text/csv), streamed.
         */
        get: operations["listIndicatorObservations"];
        put?: never;
        /**
         * Record a figure of an indicator
         * @description A dated figure of an indicator (by id alone: the first indicator created with that id) as the document prints it (its value converted exactly to the base unit), with its period, qualifier, source and the verbatim sentence it comes from. A figure is identified by its series, period and source: the same again is a 409 naming the figure that holds it. It cannot cover time after its source was published, or after today.
         */
        post: operations["createIndicatorObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a plan's figures
         * @description The current figures of every target and indicator of a plan: a page at a time as JSON, or all of them as CSV in the columns an import takes, streamed (an export that imports back unchanged).
         */
        get: operations["listPlanObservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/observations/{observationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one figure
         * @description A figure with its source, quote and bookkeeping (who recorded it, its version, whether it was withdrawn). Its ETag names its version, for If-Match.
         */
        get: operations["getObservation"];
        put?: never;
        post?: never;
        /**
         * Withdraw a figure
         * @description With a reason (in the body or as ?reason=): the figure leaves progress and lists but stays readable with its history. If-Match as for a correction.
         */
        delete: operations["withdrawObservation"];
        options?: never;
        head?: never;
        /**
         * Correct a figure
         * @description A correction (JSON merge patch: null clears an optional field) makes a new version; the one before stays in the history. If-Match: "v<version>" refuses it with 412 when the figure changed since it was read. A withdrawn figure cannot be corrected.
         */
        patch: operations["updateObservation"];
        trace?: never;
    };
    "/v1/observations/{observationId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A figure's history
         * @description Every version of a figure, oldest first, with who made it, when, and why (for a withdrawal), a page at a time.
         */
        get: operations["listObservationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/targets/{targetId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of one target
         * @description Percent complete, gap to target, status, and the assessment (will it be met by the deadline at the pace reported?) of a target by its plan and id; now, or as of the end of a day.
         */
        get: operations["getPlanTargetProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of one target
         * @description Percent complete, gap to target, status, and the assessment (will it be met by the deadline at the pace reported?) of a target by id alone: the first target created with that id, whichever plan reused it later; now, or as of the end of a day.
         */
        get: operations["getTargetProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of a whole plan
         * @description Every target of a plan with its progress and assessment, grouped by the plan's parts and tasks (view=tree) or as one list (view=flat), with counts by status and by assessment; now, or as of the end of a day.
         */
        get: operations["getPlanProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/targets/{targetId}/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chart of one target
         * @description The figures of a target (by its plan and id) over time, as an SVG image: against the target line and the deadline, part-year figures hollow, full-year estimates as diamonds, a "more than" figure with an arrow up (a floor), the projection on the observed trend dashed to the deadline; a milestone's reported states along the years. With no figure, a chart that says so. Draws at most the newest 500 figures. Now, or as of the end of a day.
         */
        get: operations["getPlanTargetChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targets/{targetId}/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chart of one target
         * @description The figures of a target (by id alone: the first target created with that id, whichever plan reused it later) over time, as an SVG image: against the target line and the deadline, part-year figures hollow, full-year estimates as diamonds, a "more than" figure with an arrow up (a floor), the projection on the observed trend dashed to the deadline; a milestone's reported states along the years. With no figure, a chart that says so. Draws at most the newest 500 figures. Now, or as of the end of a day.
         */
        get: operations["getTargetChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chart of a whole plan
         * @description Every quantity target's percent complete as a bar coloured by its assessment, grouped by the plan's top-level parts, with a 100 % line; the milestones' and actions' latest states as a strip of counts. An SVG image; now, or as of the end of a day.
         */
        get: operations["getPlanChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List indicators
         * @description Series that describe a plan's progress without a target of their own (figures for the region, for Hebei, for a quantity the plan sets no number for), a page at a time.
         */
        get: operations["listIndicators"];
        put?: never;
        /**
         * Create an indicator
         * @description A series placed under an item of a plan, in a base unit, with the geography its figures cover.
         */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{planId}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one indicator
         * @description An indicator, by its plan and id.
         */
        get: operations["getPlanIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one indicator
         * @description An indicator, by id alone: the first indicator created with that id.
         */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The documents figures and plans come from, a page at a time in id order.
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Register a source
         * @description A document figures or plans come from. Its date is given no more precisely than the document states it: YYYY, YYYY-MM or YYYY-MM-DD.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one source
         * @description A source: title, publisher, publication date as precisely as the document states it (and how it was read), language, kind, URL, stored copy. A former id of a renamed source redirects (308) to its current URL.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List units
         * @description The base units every value is stored in, and the words documents print for them (万 and 亿 are read by the service itself).
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * Add a base unit
         * @description A new base unit with the words documents print for it; a word may name one unit only.
         */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one unit
         * @description A base unit and the words documents print for it.
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import many figures at once
         * @description One bad row rejects the whole import with a problem listing every bad row and field, and nothing is written. A figure is identified by its target (or indicator), period and source: importing the same rows again changes nothing, and a different value for an existing figure is a revision of it. At most 100000 rows and 67108864 bytes per request.
         */
        post: operations["importObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Keys (never their secrets), a page at a time; revoked ones with includeRevoked=true. Admin keys only.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Makes a key with a name and a scope; its secret is in this answer and nowhere else (it is stored as a hash, and Idempotency-Key is not honoured here so that it is never kept for a replay). Admin keys only.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one API key
         * @description A key, never its secret. Admin keys only.
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key is refused from then on; it stays listed (includeRevoked=true). Admin keys only.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description Every write, oldest first, with the key that made it, what it changed and the target or indicator it concerns; filterable by key (id or name), plan, target, indicator and time. Admin keys only.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        UnitInput: {
            /** @description The base unit every value is stored in */
            code: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Words documents print for this unit, without 万/亿 (the service applies those itself): 标准箱, 標準箱. A word names one unit only */
            aliases: string[];
        };
        Problem: {
            /** @description `/problems/<code>`: one per kind of problem (see the README), for a client to branch on */
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @description The request path */
            instance?: string;
            /** @description Also in the x-request-id header; quote it when reporting a problem */
            requestId?: string;
            /** @description Every offending field, for validation problems */
            errors?: {
                /** @description Where the problem is: `body.period.end`, `query.limit`, `params.targetId`, `rows[3].value` */
                field: string;
                message: string;
            }[];
            /** @description On a conflict: the id of the resource that stands in the way */
            existingId?: string;
        };
        Plan: {
            id: string;
            title: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            issuer: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown */
            issuedOn: string | null;
            /**
             * Format: date
             * @description The date its targets are due, unless a target says otherwise
             * @example 2024-10-31
             */
            deadline: string;
            /** @description The source that publishes the plan */
            sourceId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
        };
        PlanItem: {
            /** @description Unique within its plan */
            id: string;
            /**
             * @description The enclosing item; null at the top level
             * @default null
             */
            parentId: string | null;
            /** @description The number as printed: 一, (一), 1 */
            number: string;
            title: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Order among its siblings */
            position: number;
            /**
             * @description How the item was read (a misprint, an inference)
             * @default null
             */
            note: string | null;
            planId: string;
        };
        PlanItemNode: {
            /** @description Unique within its plan */
            id: string;
            /**
             * @description The enclosing item; null at the top level
             * @default null
             */
            parentId: string | null;
            /** @description The number as printed: 一, (一), 1 */
            number: string;
            title: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Order among its siblings */
            position: number;
            /**
             * @description How the item was read (a misprint, an inference)
             * @default null
             */
            note: string | null;
            planId: string;
            children: components["schemas"]["PlanItemNode"][];
        };
        Indicator: {
            /** @description Unique within its plan */
            id: string;
            planId: string;
            /** @description The plan item whose progress the indicator informs */
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Base unit code, see GET /v1/units */
            unit: string;
            /** @enum {string} */
            measure: "annual" | "level" | "cumulative" | "ratio";
            /** @description What the figures cover: Tianjin, Hebei, Beijing-Tianjin-Hebei... */
            geography: string;
            /** @default null */
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
        };
        Observation: {
            id: string;
            planId: string;
            targetId: string | null;
            indicatorId: string | null;
            /** @description The base unit of `value` (null for a state) */
            unit: string | null;
            /** @description In the base unit of the target or indicator */
            value: number | null;
            reported: {
                /** @description The printed number */
                value: number;
                /** @description The unit word as printed */
                unit: string;
                /** @description The number exactly as printed, every digit kept ("2024.190") */
                printed: string;
            } | null;
            state: ("not_started" | "under_way" | "completed") | null;
            period: {
                start: string;
                end: string;
            };
            qualifier: ("exact" | "about" | "more_than" | "at_least" | "less_than") | null;
            yearOnYearPercent: number | null;
            sourceId: string;
            quote: string;
            note: string | null;
            /** @description 1 when created; one more with each revision or withdrawal */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
            /** @description The key that recorded it (`seed` for the shipped data) */
            createdBy: string | null;
            updatedAt: string | null;
            updatedBy: string | null;
            /** @description Set once the figure is withdrawn: it then counts for no progress but stays readable with its history */
            withdrawn: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T08:12:23.686Z
                 */
                at: string;
                by: string;
                reason: string;
            } | null;
        };
        ObservationVersion: {
            version: number;
            /** @enum {string} */
            action: "created" | "revised" | "withdrawn";
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            at: string;
            by: string;
            reason: string | null;
            /** @description The observation as it stood in this version */
            observation: components["schemas"]["Observation"];
        };
        Target: {
            id: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            clause: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
            /** @constant */
            kind: "quantity";
            unit: string;
            targetValue: number;
            reported: {
                /** @description The printed number */
                value: number;
                /** @description The unit word as printed */
                unit: string;
                /** @description The number exactly as printed, every digit kept ("2024.190") */
                printed: string;
            } | null;
            /** @enum {string} */
            comparator: "at_least" | "more_than" | "about" | "at_most";
            /** @enum {string} */
            measure: "annual" | "level" | "cumulative" | "ratio";
            /** @description How far below an `about` target still counts as reaching it; null for other comparators */
            tolerancePercent: number | null;
            /** @description target: stated for this target; service_default: the plan states none (左右 alone), so the service's own default applies */
            toleranceSource: ("target" | "service_default") | null;
            baseline: {
                /** @description In the base unit */
                value: number;
                /**
                 * Format: date
                 * @example 2024-10-31
                 */
                date: string;
            } | null;
        } | {
            id: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            clause: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
            /** @constant */
            kind: "milestone";
            doneWhen: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
        } | {
            id: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            clause: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
            /** @constant */
            kind: "action";
            activity: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
        };
        Source: {
            id: string;
            title: string;
            publisher: string;
            publishedOn: string | null;
            /**
             * @description How the date was read or inferred
             * @default null
             */
            publishedOnNote: string | null;
            /** @description BCP 47 tag: zh-Hans, zh-Hant, en */
            language: string;
            /** @enum {string} */
            kind: "plan" | "news_report" | "statistical_release";
            url: string | null;
            /**
             * @description File name of the stored copy under seed/documents
             * @default null
             */
            document: string | null;
            /**
             * @description Ids the source was known by before: they keep resolving to it (a GET redirects; a figure citing one cites this)
             * @default []
             */
            formerIds: string[];
            publishedOnPrecision: ("year" | "month" | "day") | null;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
        };
        Unit: {
            /** @description The base unit every value is stored in */
            code: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Words documents print for this unit, without 万/亿 (the service applies those itself): 标准箱, 標準箱. A word names one unit only */
            aliases: string[];
        };
        AuditEntry: {
            /** @description audit-<n>: entries are numbered in the order they were written */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            at: string;
            keyId: string;
            keyName: string;
            method: string;
            path: string;
            /** @enum {string} */
            action: "create" | "update" | "withdraw" | "revoke" | "import";
            entityType: string;
            entityId: string | null;
            planId: string | null;
            targetId: string | null;
            indicatorId: string | null;
            requestId: string | null;
        };
        TargetProgress: {
            /** @description The day the answer is as of (figures public by then, as they stood then); null for now */
            asOf: string | null;
            targetId: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            /**
             * @description achieved: the comparator holds for the basis (an `about` target within its tolerance or beyond; a milestone completed); not_achieved; no_comparable_data: figures exist but none can be compared with the target (an annual target with only part-year figures); no_data: no figure at all; not_assessed: an action (no completion point), whose latest state is reported but never judged
             * @enum {string}
             */
            status: "achieved" | "not_achieved" | "no_comparable_data" | "no_data" | "not_assessed";
            /** @description The observation the numbers come from */
            basis: components["schemas"]["Observation"] | null;
            /** @description Current (not withdrawn) figures of the target */
            observationCount: number;
            /** @constant */
            kind: "quantity";
            unit: string;
            targetValue: number;
            /** @enum {string} */
            comparator: "at_least" | "more_than" | "about" | "at_most";
            /** @enum {string} */
            measure: "annual" | "level" | "cumulative" | "ratio";
            /**
             * @description up: more is better; down: less is better (ranks, at_most)
             * @enum {string}
             */
            direction: "up" | "down";
            /** @description Not capped at 100; null without a basis */
            percentComplete: number | null;
            /** @description What the basis's qualifier makes of the percentage: a 'more than' figure makes it a lower bound going up */
            percentCompleteBound: ("exact" | "lower_bound" | "upper_bound" | "approximate") | null;
            /** @description In the target's unit; positive while there is still some way to go */
            gapToTarget: number | null;
            /** @description Percent of the way from the baseline to the target */
            progressFromBaseline: number | null;
            estimate: {
                value: number;
                /**
                 * @description yoy: the previous calendar year × (1 + the stated year-on-year rate); pro_rata: scaled to twelve months
                 * @enum {string}
                 */
                method: "yoy" | "pro_rata";
                /** @description The part-year observation the estimate is made from */
                from: string;
                /** @description The calendar year estimated */
                year: number;
                /**
                 * @description What the figure it rests on makes of it: a yoy estimate from a "more than" year is a lower bound
                 * @enum {string}
                 */
                bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                percentComplete: number | null;
                gapToTarget: number | null;
            } | null;
            /** @description Will the target be met by its deadline at the pace reported? Every input is given, so each number can be redone by hand */
            assessment: {
                /** @constant */
                kind: "quantity";
                /**
                 * @description achieved; on_track (observed ≥ 95 % of the required rate); needs_acceleration (60–95 %); limited_progress (0–60 %); deterioration (moving away); deadline_reached (no time left and not achieved); insufficient_data (see reason)
                 * @enum {string}
                 */
                status: "achieved" | "on_track" | "needs_acceleration" | "limited_progress" | "deterioration" | "deadline_reached" | "insufficient_data";
                /** @description Why it cannot be judged, for insufficient_data */
                reason: ("no_figure" | "no_comparable_figure" | "single_figure_without_rate" | "level_without_baseline" | "non_positive_value" | "not_computable") | null;
                explanation: string;
                /** @description How the observed rate was measured: compound_annual_rate between two values, stated_year_on_year (同比), linear_pace for running totals */
                method: ("compound_annual_rate" | "stated_year_on_year" | "linear_pace") | null;
                /** @enum {string} */
                direction: "up" | "down";
                /**
                 * @description Rates are taken on the value going up, on 1/value going down (ranks), on −value for running totals going down: a positive rate is progress
                 * @enum {string}
                 */
                scale: "value" | "reciprocal" | "negated";
                thresholds: {
                    /** @constant */
                    onTrack: 0.95;
                    /** @constant */
                    needsAcceleration: 0.6;
                    /** @constant */
                    limitedProgress: 0;
                };
                inputs: {
                    asOf: string | null;
                    achieved: boolean;
                    target: {
                        value: number;
                        /** @enum {string} */
                        comparator: "at_least" | "more_than" | "about" | "at_most";
                        /** @enum {string} */
                        measure: "annual" | "level" | "cumulative" | "ratio";
                        tolerancePercent: number;
                        deadline: string;
                        deadlineYear: number;
                    };
                    baseline: {
                        value: number;
                        date: string;
                    } | null;
                    earliest: {
                        /** @enum {string} */
                        source: "figure" | "baseline" | "estimate";
                        /** @description The observation (or the part-year observation an estimate is made from); null for a baseline */
                        id: string | null;
                        value: number;
                        year: number;
                        /** @description For dated measures (level, ratio, cumulative): the period end; null for calendar years */
                        date: string | null;
                        /** @enum {string} */
                        bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                    } | null;
                    latest: {
                        /** @enum {string} */
                        source: "figure" | "baseline" | "estimate";
                        /** @description The observation (or the part-year observation an estimate is made from); null for a baseline */
                        id: string | null;
                        value: number;
                        year: number;
                        /** @description For dated measures (level, ratio, cumulative): the period end; null for calendar years */
                        date: string | null;
                        /** @enum {string} */
                        bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                    } | null;
                    partYear: {
                        id: string;
                        yearOnYearPercent: number | null;
                        periodEnd: string;
                    } | null;
                    estimate: {
                        value: number;
                        /** @enum {string} */
                        method: "yoy" | "pro_rata";
                        from: string;
                        year: number;
                        /** @enum {string} */
                        bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                    } | null;
                    /** @description What the observed rate was measured over */
                    observed: {
                        /** @enum {string} */
                        method: "compound_annual_rate" | "stated_year_on_year" | "linear_pace";
                        from: {
                            /** @enum {string} */
                            source: "figure" | "baseline" | "estimate";
                            /** @description The observation (or the part-year observation an estimate is made from); null for a baseline */
                            id: string | null;
                            value: number;
                            year: number;
                            /** @description For dated measures (level, ratio, cumulative): the period end; null for calendar years */
                            date: string | null;
                            /** @enum {string} */
                            bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                        } | null;
                        to: {
                            /** @enum {string} */
                            source: "figure" | "baseline" | "estimate";
                            /** @description The observation (or the part-year observation an estimate is made from); null for a baseline */
                            id: string | null;
                            value: number;
                            year: number;
                            /** @description For dated measures (level, ratio, cumulative): the period end; null for calendar years */
                            date: string | null;
                            /** @enum {string} */
                            bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                        } | null;
                        spanYears: number | null;
                        stated: {
                            id: string;
                            yearOnYearPercent: number;
                        } | null;
                    } | null;
                    /** @description Where the required rate is measured from: the latest comparable value, or the full-year estimate when that is newer */
                    required: {
                        /** @description A value the rates are measured between */
                        from: {
                            /** @enum {string} */
                            source: "figure" | "baseline" | "estimate";
                            /** @description The observation (or the part-year observation an estimate is made from); null for a baseline */
                            id: string | null;
                            value: number;
                            year: number;
                            /** @description For dated measures (level, ratio, cumulative): the period end; null for calendar years */
                            date: string | null;
                            /** @enum {string} */
                            bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                        };
                        spanYears: number;
                    } | null;
                };
                /** @description Per year: a fraction (0.04 is 4 %) for compound rates, base units for linear paces */
                observedRate: {
                    value: number;
                    /** @enum {string} */
                    bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                } | null;
                /** @description The rate needed from `inputs.required.from` to reach the target value by the deadline */
                requiredRate: {
                    value: number;
                    /** @enum {string} */
                    bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                } | null;
                /** @description observedRate / requiredRate, compared with the thresholds */
                ratio: {
                    value: number;
                    /** @enum {string} */
                    bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                } | null;
                ratioReason: ("no_observed_rate" | "no_required_rate" | "target_value_already_met" | "not_computable") | null;
                projection: {
                    deadlineYear: number;
                    /** @description The value expected at the deadline on the observed trend */
                    projectedValue: {
                        value: number;
                        /** @enum {string} */
                        bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                    } | null;
                    projectedValueReason: ("no_rate" | "not_growing" | "beyond_horizon" | "deadline_not_ahead" | "not_computable") | null;
                    /** @description The year the target value would be reached at the observed pace */
                    reachedYear: {
                        value: number;
                        /** @enum {string} */
                        bound: "exact" | "lower_bound" | "upper_bound" | "approximate";
                    } | null;
                    yearsToTarget: number | null;
                    reachedYearReason: ("no_rate" | "not_growing" | "beyond_horizon" | "deadline_not_ahead" | "not_computable") | null;
                };
                /** @description The status rests on bounded inputs: lower_bound means "this status or better", upper_bound "this or worse" */
                statusBound: ("exact" | "lower_bound" | "upper_bound" | "approximate") | null;
            };
        } | {
            /** @description The day the answer is as of (figures public by then, as they stood then); null for now */
            asOf: string | null;
            targetId: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            /**
             * @description achieved: the comparator holds for the basis (an `about` target within its tolerance or beyond; a milestone completed); not_achieved; no_comparable_data: figures exist but none can be compared with the target (an annual target with only part-year figures); no_data: no figure at all; not_assessed: an action (no completion point), whose latest state is reported but never judged
             * @enum {string}
             */
            status: "achieved" | "not_achieved" | "no_comparable_data" | "no_data" | "not_assessed";
            /** @description The observation the numbers come from */
            basis: components["schemas"]["Observation"] | null;
            /** @description Current (not withdrawn) figures of the target */
            observationCount: number;
            /** @description The latest reported state */
            state: ("not_started" | "under_way" | "completed") | null;
            /** @constant */
            kind: "milestone";
            doneWhen: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            assessment: {
                /** @constant */
                kind: "milestone";
                /**
                 * @description The latest reported state, or no_report
                 * @enum {string}
                 */
                status: "not_started" | "under_way" | "completed" | "no_report";
                basis: {
                    id: string;
                    /** @enum {string} */
                    state: "not_started" | "under_way" | "completed";
                    date: string;
                } | null;
                explanation: string;
            };
        } | {
            /** @description The day the answer is as of (figures public by then, as they stood then); null for now */
            asOf: string | null;
            targetId: string;
            planId: string;
            itemId: string;
            name: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            deadline: string;
            /**
             * @description achieved: the comparator holds for the basis (an `about` target within its tolerance or beyond; a milestone completed); not_achieved; no_comparable_data: figures exist but none can be compared with the target (an annual target with only part-year figures); no_data: no figure at all; not_assessed: an action (no completion point), whose latest state is reported but never judged
             * @enum {string}
             */
            status: "achieved" | "not_achieved" | "no_comparable_data" | "no_data" | "not_assessed";
            /** @description The observation the numbers come from */
            basis: components["schemas"]["Observation"] | null;
            /** @description Current (not withdrawn) figures of the target */
            observationCount: number;
            /** @description The latest reported state */
            state: ("not_started" | "under_way" | "completed") | null;
            /** @constant */
            kind: "action";
            activity: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            assessment: {
                /** @constant */
                kind: "action";
                /**
                 * @description The latest reported state, never judged on or off track: an action has no completion point
                 * @enum {string}
                 */
                status: "not_started" | "under_way" | "completed" | "no_report";
                basis: {
                    id: string;
                    /** @enum {string} */
                    state: "not_started" | "under_way" | "completed";
                    date: string;
                } | null;
                explanation: string;
            };
        };
        ProgressGroup: {
            itemId: string;
            number: string;
            title: {
                /** @description In Chinese, as the document writes it */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Over this item and everything under it */
            counts: {
                achieved: number;
                on_track: number;
                needs_acceleration: number;
                limited_progress: number;
                deterioration: number;
                deadline_reached: number;
                insufficient_data: number;
                not_started: number;
                under_way: number;
                completed: number;
                no_report: number;
                total: number;
            };
            /** @description The targets placed on this item itself */
            targets: components["schemas"]["TargetProgress"][];
            children: components["schemas"]["ProgressGroup"][];
        };
        PlanProgress: {
            planId: string;
            asOf: string | null;
            /** @description How many targets have each status */
            counts: {
                achieved: number;
                not_achieved: number;
                no_comparable_data: number;
                no_data: number;
                not_assessed: number;
                total: number;
            };
            /** @description How many targets have each assessment: a quantity's status, a milestone's or an action's latest state */
            assessmentCounts: {
                achieved: number;
                on_track: number;
                needs_acceleration: number;
                limited_progress: number;
                deterioration: number;
                deadline_reached: number;
                insufficient_data: number;
                not_started: number;
                under_way: number;
                completed: number;
                no_report: number;
                total: number;
            };
            /** @constant */
            view: "tree";
            /** @description The plan's parts and tasks, as its tree */
            groups: components["schemas"]["ProgressGroup"][];
        } | {
            planId: string;
            asOf: string | null;
            /** @description How many targets have each status */
            counts: {
                achieved: number;
                not_achieved: number;
                no_comparable_data: number;
                no_data: number;
                not_assessed: number;
                total: number;
            };
            /** @description How many targets have each assessment: a quantity's status, a milestone's or an action's latest state */
            assessmentCounts: {
                achieved: number;
                on_track: number;
                needs_acceleration: number;
                limited_progress: number;
                deterioration: number;
                deadline_reached: number;
                insufficient_data: number;
                not_started: number;
                under_way: number;
                completed: number;
                no_report: number;
                total: number;
            };
            /** @constant */
            view: "flat";
            targets: components["schemas"]["TargetProgress"][];
        };
        ImportResult: {
            dryRun: boolean;
            rows: number;
            sources: {
                created: string[];
            };
            observations: {
                created: number;
                revised: number;
                unchanged: number;
                /** @description Rows matching a withdrawn figure: left withdrawn */
                withdrawn: number;
            };
            /** @description What was (or would be) created or revised, at most 1000 entries */
            changes: {
                /** @description 1-based position of the row in the request */
                row: number;
                id: string;
                /** @enum {string} */
                action: "created" | "revised";
            }[];
            /** @description Changes beyond the first 1000, not listed */
            changesOmitted: number;
        };
        ApiKey: {
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /**
             * Format: date-time
             * @example 2026-11-22T08:12:23.686Z
             */
            createdAt: string;
            createdBy: string | null;
            revokedAt: string | null;
            revokedBy: string | null;
        };
    };
    responses: {
        /** @description A field, parameter or header is not valid; `errors` names each one (type /problems/invalid-request) */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or one that is unknown or revoked (type /problems/unauthorized) */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The API key's scope does not allow this request (type /problems/forbidden) */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource (or route) (type /problems/not-found) */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description None of the media types in `Accept` can be produced (type /problems/not-acceptable) */
        NotAcceptable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource exists already, or its state forbids the change; `existingId` names what stands in the way (type /problems/conflict); A request with the same Idempotency-Key is still running; retry after `Retry-After` seconds (type /problems/request-in-progress); The write collided with a concurrent one and was rolled back, nothing of it stored; retry it after `Retry-After` seconds (type /problems/write-collision) */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is no longer current: read it again (type /problems/precondition-failed) */
        PreconditionFailed: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger, or has more rows, than the endpoint takes (type /problems/content-too-large) */
        ContentTooLarge: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is in a format the endpoint does not take (type /problems/unsupported-media-type) */
        UnsupportedMediaType: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was first used for another request (type /problems/idempotency-key-reused) */
        IdempotencyKeyReused: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Slow down; retry after `Retry-After` seconds (type /problems/too-many-requests) */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service cannot take this request now (overloaded, shutting down, or its database cannot take writes); retry after `Retry-After` seconds (type /problems/unavailable) */
        Unavailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: the one a proxy sent in x-request-id, or one the service made. Problems carry it too */
        RequestId: string;
        /** @description The URL of what was created */
        Location: string;
        /** @description A validator of this answer: send it back in If-None-Match to get 304 while it has not changed */
        ETag: string;
        /** @description The version of the figure, "v<version>": send it back in If-Match to correct or withdraw only that version */
        VersionTag: string;
        /** @description no-cache: keep the answer, but revalidate it (If-None-Match) before using it again */
        CacheControl: string;
        /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before trying again */
        RetryAfter: number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /**
                         * @description refused: the database is read-only or full; reads go on
                         * @enum {string}
                         */
                        writes: "accepted" | "refused";
                    };
                };
            };
            406: components["responses"]["NotAcceptable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Plan"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "tianjin-jjj-2027",
                 *       "title": {
                 *         "zh": "推动京津冀协同发展走深走实行动方案",
                 *         "en": "Action Plan for Advancing Beijing-Tianjin-Hebei Coordinated Development in Depth and in Substance"
                 *       },
                 *       "issuer": {
                 *         "zh": "中共天津市委、天津市人民政府",
                 *         "en": "CPC Tianjin Municipal Committee and Tianjin Municipal People's Government"
                 *       },
                 *       "issuedOn": "2023",
                 *       "deadline": "2027-12-31",
                 *       "sourceId": "tianjin-jjj-action-plan"
                 *     }
                 */
                "application/json": {
                    id: string;
                    title: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    issuer: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown */
                    issuedOn: string | null;
                    /**
                     * Format: date
                     * @description The date its targets are due, unless a target says otherwise
                     * @example 2024-10-31
                     */
                    deadline: string;
                    /** @description The source that publishes the plan */
                    sourceId: string;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    updatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deadline": "2027-12-31"
                 *     }
                 */
                "application/json": {
                    title?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    issuer?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown */
                    issuedOn?: string | null;
                    /**
                     * Format: date
                     * @description The date its targets are due, unless a target says otherwise
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    /** @description The source that publishes the plan */
                    sourceId?: string;
                };
                /**
                 * @example {
                 *       "deadline": "2027-12-31"
                 *     }
                 */
                "application/merge-patch+json": {
                    title?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    issuer?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description As precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown */
                    issuedOn?: string | null;
                    /**
                     * Format: date
                     * @description The date its targets are due, unless a target says otherwise
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    /** @description The source that publishes the plan */
                    sourceId?: string;
                };
            };
        };
        responses: {
            /** @description As changed (unchanged when the change said nothing new) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlanItems: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlanItemNode"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPlanItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "goals-2",
                 *       "parentId": "goals",
                 *       "number": "——2",
                 *       "position": 2,
                 *       "title": {
                 *         "zh": "北方国际航空核心区服务辐射功能明显增强",
                 *         "en": "The service and radiating functions of the northern international shipping core zone are markedly enhanced"
                 *       },
                 *       "note": "Printed 北方国际航空核心区 ('aviation'); the Chinese is kept as printed. Read as a misprint for 航运 ('shipping'), so the English says shipping: everything this goal asks for is about ports and shipping (世界一流智慧港口、绿色港口, 世界级港口城市, 天津港集装箱吞吐量, 国际航运中心发展指数), and the zone is one of the plan's 一基地三区, whose second zone is the northern international shipping core zone in Tianjin's positioning under the Beijing-Tianjin-Hebei strategy (that wording is not printed in any of the five documents)."
                 *     }
                 */
                "application/json": {
                    /** @description Unique within its plan */
                    id: string;
                    /**
                     * @description The enclosing item; null at the top level
                     * @default null
                     */
                    parentId?: string | null;
                    /** @description The number as printed: 一, (一), 1 */
                    number: string;
                    title: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description Order among its siblings */
                    position: number;
                    /**
                     * @description How the item was read (a misprint, an inference)
                     * @default null
                     */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example goals-2 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItem"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    updatePlanItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example goals-2 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": {
                 *         "zh": "北方国际航空核心区服务辐射功能明显增强",
                 *         "en": "The service and radiating functions of the northern international shipping core zone are markedly enhanced"
                 *       }
                 *     }
                 */
                "application/json": {
                    parentId?: string | null;
                    /** @description The number as printed: 一, (一), 1 */
                    number?: string;
                    title?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description Order among its siblings */
                    position?: number;
                    note?: string | null;
                };
                /**
                 * @example {
                 *       "title": {
                 *         "zh": "北方国际航空核心区服务辐射功能明显增强",
                 *         "en": "The service and radiating functions of the northern international shipping core zone are markedly enhanced"
                 *       }
                 *     }
                 */
                "application/merge-patch+json": {
                    parentId?: string | null;
                    /** @description The number as printed: 一, (一), 1 */
                    number?: string;
                    title?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description Order among its siblings */
                    position?: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description As changed (unchanged when the change said nothing new) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTargets: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                planId?: string;
                itemId?: string;
                kind?: "quantity" | "milestone" | "action";
                unit?: string;
                /** @description Words to find in the name, in Chinese or English */
                q?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Target"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTarget: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "planId": "tianjin-jjj-2027",
                 *       "id": "port-container-throughput",
                 *       "itemId": "goals-2",
                 *       "kind": "quantity",
                 *       "name": {
                 *         "zh": "天津港集装箱吞吐量",
                 *         "en": "Tianjin Port container throughput"
                 *       },
                 *       "unit": "TEU",
                 *       "reported": {
                 *         "value": 2700,
                 *         "unit": "万标准箱"
                 *       },
                 *       "comparator": "at_least",
                 *       "measure": "annual",
                 *       "deadline": "2027-12-31",
                 *       "clause": "世界一流智慧港口、绿色港口建设取得明显成效,枢纽型网络化基础设施体系基本建成,世界级港口城市在全球资源配置中的能力显著提升,天津港集装箱吞吐量力争达到2700万标准箱,国际航运中心发展指数排名进入全球前18位。",
                 *       "note": "力争: strive to, a soft target. The year 2027 comes from the goals' opening sentence 到2027年."
                 *     }
                 */
                "application/json": {
                    /** @description Unique within its plan */
                    id: string;
                    planId: string;
                    /** @description The plan item the target belongs to */
                    itemId: string;
                    name: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @description Defaults to the plan's deadline
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    /** @description The verbatim sentence of the plan that sets the target */
                    clause: string;
                    /** @default null */
                    note?: string | null;
                    /** @enum {string} */
                    kind: "quantity";
                    /** @description Base unit code (see GET /v1/units): TEU, km, CNY, USD, percent, count, rank */
                    unit: string;
                    /** @description In the base unit: 27 million TEU is 27000000 */
                    targetValue?: number;
                    /** @description The target as the plan prints it ({value: 2700, unit: "万标准箱"}); converted exactly */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /**
                     * @description at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)
                     * @enum {string}
                     */
                    comparator: "at_least" | "more_than" | "about" | "at_most";
                    /**
                     * @description annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent
                     * @enum {string}
                     */
                    measure: "annual" | "level" | "cumulative" | "ratio";
                    /** @description For `about` targets only, when the plan states one; without it the service applies its own default */
                    tolerancePercent?: number;
                    /** @default null */
                    baseline?: {
                        /** @description In the base unit */
                        value: number;
                        /**
                         * Format: date
                         * @example 2024-10-31
                         */
                        date: string;
                    } | null;
                } | {
                    /** @description Unique within its plan */
                    id: string;
                    planId: string;
                    /** @description The plan item the target belongs to */
                    itemId: string;
                    name: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @description Defaults to the plan's deadline
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    /** @description The verbatim sentence of the plan that sets the target */
                    clause: string;
                    /** @default null */
                    note?: string | null;
                    /** @enum {string} */
                    kind: "milestone";
                    /** @description The plan's completion point: 建成 completed, 投产 in production, 通车 open to traffic */
                    doneWhen: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                } | {
                    /** @description Unique within its plan */
                    id: string;
                    planId: string;
                    /** @description The plan item the target belongs to */
                    itemId: string;
                    name: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @description Defaults to the plan's deadline
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    /** @description The verbatim sentence of the plan that sets the target */
                    clause: string;
                    /** @default null */
                    note?: string | null;
                    /** @enum {string} */
                    kind: "action";
                    /** @description The plan's verb for work with no completion point (建设 build, 打造 develop, 推进 push forward): its state is reported, never judged done */
                    activity: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    updatePlanTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        /** @description Any of the fields to change; the kind, plan and id of a target never change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "力争: strive to, a soft target. The year 2027 comes from the goals' opening sentence 到2027年."
                 *     }
                 */
                "application/json": {
                    itemId?: string;
                    name?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    clause?: string;
                    note?: string | null;
                    unit?: string;
                    targetValue?: number;
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /**
                     * @description at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)
                     * @enum {string}
                     */
                    comparator?: "at_least" | "more_than" | "about" | "at_most";
                    /**
                     * @description annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent
                     * @enum {string}
                     */
                    measure?: "annual" | "level" | "cumulative" | "ratio";
                    tolerancePercent?: number | null;
                    baseline?: {
                        /** @description In the base unit */
                        value: number;
                        /**
                         * Format: date
                         * @example 2024-10-31
                         */
                        date: string;
                    } | null;
                    doneWhen?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    activity?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                };
                /**
                 * @example {
                 *       "note": "力争: strive to, a soft target. The year 2027 comes from the goals' opening sentence 到2027年."
                 *     }
                 */
                "application/merge-patch+json": {
                    itemId?: string;
                    name?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    clause?: string;
                    note?: string | null;
                    unit?: string;
                    targetValue?: number;
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /**
                     * @description at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)
                     * @enum {string}
                     */
                    comparator?: "at_least" | "more_than" | "about" | "at_most";
                    /**
                     * @description annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent
                     * @enum {string}
                     */
                    measure?: "annual" | "level" | "cumulative" | "ratio";
                    tolerancePercent?: number | null;
                    baseline?: {
                        /** @description In the base unit */
                        value: number;
                        /**
                         * Format: date
                         * @example 2024-10-31
                         */
                        date: string;
                    } | null;
                    doneWhen?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    activity?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description As changed (unchanged when the change said nothing new) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        /** @description Any of the fields to change; the kind, plan and id of a target never change */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "力争: strive to, a soft target. The year 2027 comes from the goals' opening sentence 到2027年."
                 *     }
                 */
                "application/json": {
                    itemId?: string;
                    name?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    clause?: string;
                    note?: string | null;
                    unit?: string;
                    targetValue?: number;
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /**
                     * @description at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)
                     * @enum {string}
                     */
                    comparator?: "at_least" | "more_than" | "about" | "at_most";
                    /**
                     * @description annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent
                     * @enum {string}
                     */
                    measure?: "annual" | "level" | "cumulative" | "ratio";
                    tolerancePercent?: number | null;
                    baseline?: {
                        /** @description In the base unit */
                        value: number;
                        /**
                         * Format: date
                         * @example 2024-10-31
                         */
                        date: string;
                    } | null;
                    doneWhen?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    activity?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                };
                /**
                 * @example {
                 *       "note": "力争: strive to, a soft target. The year 2027 comes from the goals' opening sentence 到2027年."
                 *     }
                 */
                "application/merge-patch+json": {
                    itemId?: string;
                    name?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /**
                     * Format: date
                     * @example 2024-10-31
                     */
                    deadline?: string;
                    clause?: string;
                    note?: string | null;
                    unit?: string;
                    targetValue?: number;
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /**
                     * @description at_least (达到, 以上), more_than (突破, 超过), about (左右), at_most (a rank such as 前18位: lower is better)
                     * @enum {string}
                     */
                    comparator?: "at_least" | "more_than" | "about" | "at_most";
                    /**
                     * @description annual: a yearly flow, measured by calendar-year figures; level: a stock or state at a moment; cumulative: a running total since a start date; ratio: a share or intensity in percent
                     * @enum {string}
                     */
                    measure?: "annual" | "level" | "cumulative" | "ratio";
                    tolerancePercent?: number | null;
                    baseline?: {
                        /** @description In the base unit */
                        value: number;
                        /**
                         * Format: date
                         * @example 2024-10-31
                         */
                        date: string;
                    } | null;
                    doneWhen?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    activity?: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description As changed (unchanged when the change said nothing new) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlanTargetObservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Also list withdrawn figures */
                includeWithdrawn?: boolean;
                /** @description csv for the import columns (every page at once); also chosen by `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPlanTargetObservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reported": {
                 *         "value": 2024.19,
                 *         "unit": "萬標準箱"
                 *       },
                 *       "period": {
                 *         "start": "2024-01-01",
                 *         "end": "2024-10-31"
                 *       },
                 *       "qualifier": "exact",
                 *       "yearOnYearPercent": 4,
                 *       "quote": "天津港新開通至南美洲東海岸、美國東海岸集裝箱航線,集裝箱航線累計達到147條,1—10月,完成集裝箱吞吐量2024.19萬標準箱,同比增長4%;海鐵聯運完成116.7萬標準箱,同比增長17%。",
                 *       "note": "Tianjin Port (天津港) container throughput, 1—10月 2024.",
                 *       "sourceId": "xinhua-tianjin-2024-year-review"
                 *     }
                 */
                "application/json": {
                    /** @description A readable id; generated when left out */
                    id?: string;
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /**
                     * @description Defaults to exact for a figure
                     * @enum {string}
                     */
                    qualifier?: "exact" | "about" | "more_than" | "at_least" | "less_than";
                    /** @description 同比: +4 for 增长4%, -2.1 for 下降2.1% */
                    yearOnYearPercent?: number;
                    sourceId: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTargetObservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Also list withdrawn figures */
                includeWithdrawn?: boolean;
                /** @description csv for the import columns (every page at once); also chosen by `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTargetObservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reported": {
                 *         "value": 2024.19,
                 *         "unit": "萬標準箱"
                 *       },
                 *       "period": {
                 *         "start": "2024-01-01",
                 *         "end": "2024-10-31"
                 *       },
                 *       "qualifier": "exact",
                 *       "yearOnYearPercent": 4,
                 *       "quote": "天津港新開通至南美洲東海岸、美國東海岸集裝箱航線,集裝箱航線累計達到147條,1—10月,完成集裝箱吞吐量2024.19萬標準箱,同比增長4%;海鐵聯運完成116.7萬標準箱,同比增長17%。",
                 *       "note": "Tianjin Port (天津港) container throughput, 1—10月 2024.",
                 *       "sourceId": "xinhua-tianjin-2024-year-review"
                 *     }
                 */
                "application/json": {
                    /** @description A readable id; generated when left out */
                    id?: string;
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /**
                     * @description Defaults to exact for a figure
                     * @enum {string}
                     */
                    qualifier?: "exact" | "about" | "more_than" | "at_least" | "less_than";
                    /** @description 同比: +4 for 增长4%, -2.1 for 下降2.1% */
                    yearOnYearPercent?: number;
                    sourceId: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlanIndicatorObservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Also list withdrawn figures */
                includeWithdrawn?: boolean;
                /** @description csv for the import columns (every page at once); also chosen by `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPlanIndicatorObservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reported": {
                 *         "value": 79039.9,
                 *         "unit": "億元"
                 *       },
                 *       "period": {
                 *         "start": "2024-01-01",
                 *         "end": "2024-09-30"
                 *       },
                 *       "qualifier": "exact",
                 *       "quote": "攥指成拳,同心同行,協同成效持續釋放——今年前三季度,京津冀實現地區生産總值79039.9億元。",
                 *       "note": "前三季度 of 今年 (2024). GDP of Beijing-Tianjin-Hebei as a whole, not Tianjin: no target, indicator only.",
                 *       "sourceId": "xinhua-tianjin-2024-year-review"
                 *     }
                 */
                "application/json": {
                    /** @description A readable id; generated when left out */
                    id?: string;
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /**
                     * @description Defaults to exact for a figure
                     * @enum {string}
                     */
                    qualifier?: "exact" | "about" | "more_than" | "at_least" | "less_than";
                    /** @description 同比: +4 for 增长4%, -2.1 for 下降2.1% */
                    yearOnYearPercent?: number;
                    sourceId: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIndicatorObservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Also list withdrawn figures */
                includeWithdrawn?: boolean;
                /** @description csv for the import columns (every page at once); also chosen by `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createIndicatorObservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reported": {
                 *         "value": 79039.9,
                 *         "unit": "億元"
                 *       },
                 *       "period": {
                 *         "start": "2024-01-01",
                 *         "end": "2024-09-30"
                 *       },
                 *       "qualifier": "exact",
                 *       "quote": "攥指成拳,同心同行,協同成效持續釋放——今年前三季度,京津冀實現地區生産總值79039.9億元。",
                 *       "note": "前三季度 of 今年 (2024). GDP of Beijing-Tianjin-Hebei as a whole, not Tianjin: no target, indicator only.",
                 *       "sourceId": "xinhua-tianjin-2024-year-review"
                 *     }
                 */
                "application/json": {
                    /** @description A readable id; generated when left out */
                    id?: string;
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /**
                     * @description Defaults to exact for a figure
                     * @enum {string}
                     */
                    qualifier?: "exact" | "about" | "more_than" | "at_least" | "less_than";
                    /** @description 同比: +4 for 增长4%, -2.1 for 下降2.1% */
                    yearOnYearPercent?: number;
                    sourceId: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlanObservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description csv for the import columns (every page at once); also chosen by `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getObservation: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example 000-port-throughput-2024-jan-oct */
                observationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["VersionTag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    withdrawObservation: {
        parameters: {
            query?: {
                /** @description Why the figure is withdrawn; required */
                reason?: string;
            };
            header?: {
                /**
                 * @description The version read ("v<version>", the ETag of GET /v1/observations/{observationId}): the change is refused with 412 if the figure has changed since
                 * @example "v1"
                 */
                "If-Match"?: string;
            };
            path: {
                /** @example 000-port-throughput-2024-jan-oct */
                observationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "the report mixed up two ports"
                 *     }
                 */
                "application/json": {
                    /** @description Why the figure is withdrawn; required */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description As it is now: withdrawn or revoked, and still readable */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["VersionTag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateObservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version read ("v<version>", the ETag of GET /v1/observations/{observationId}): the change is refused with 412 if the figure has changed since
                 * @example "v1"
                 */
                "If-Match"?: string;
            };
            path: {
                /** @example 000-port-throughput-2024-jan-oct */
                observationId: string;
            };
            cookie?: never;
        };
        /** @description The fields to correct; null clears an optional one. The earlier version is kept in the history */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "checked against the port authority bulletin"
                 *     }
                 */
                "application/json": {
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period?: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /** @description null resets it to exact */
                    qualifier?: ("exact" | "about" | "more_than" | "at_least" | "less_than") | null;
                    /** @description null removes it */
                    yearOnYearPercent?: number | null;
                    sourceId?: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote?: string;
                    /** @description null removes it */
                    note?: string | null;
                };
                /**
                 * @example {
                 *       "note": "checked against the port authority bulletin"
                 *     }
                 */
                "application/merge-patch+json": {
                    /** @description The figure as the document prints it, in its own scale: {value: 2024.19, unit: "万标准箱"} */
                    reported?: {
                        /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                        value: number | string;
                        /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                        unit: string;
                    };
                    /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                    value?: number;
                    /**
                     * @description For a milestone or an action, instead of a value
                     * @enum {string}
                     */
                    state?: "not_started" | "under_way" | "completed";
                    /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                    period?: {
                        /**
                         * Format: date
                         * @description First day covered
                         * @example 2024-10-31
                         */
                        start: string;
                        /**
                         * Format: date
                         * @description Last day covered (inclusive); equal to start for an "as of" figure
                         * @example 2024-10-31
                         */
                        end: string;
                    };
                    /** @description null resets it to exact */
                    qualifier?: ("exact" | "about" | "more_than" | "at_least" | "less_than") | null;
                    /** @description null removes it */
                    yearOnYearPercent?: number | null;
                    sourceId?: string;
                    /** @description The verbatim sentence the figure comes from */
                    quote?: string;
                    /** @description null removes it */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description As changed (unchanged when the change said nothing new) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["VersionTag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listObservationHistory: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example 000-port-throughput-2024-jan-oct */
                observationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ObservationVersion"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanTargetProgress: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetProgress"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTargetProgress: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetProgress"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanProgress: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
                /** @description tree: targets grouped by the plan's parts and tasks; flat: one list */
                view?: "tree" | "flat";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanProgress"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanTargetChart: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTargetChart: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example port-container-throughput */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanChart: {
        parameters: {
            query?: {
                /** @description Answer as of the end of this day: only figures whose source was public by then (a source dated to a month or a year counts from its end), each as it stood then */
                asOf?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                planId?: string;
                itemId?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "planId": "tianjin-jjj-2027",
                 *       "id": "jjj-gdp",
                 *       "itemId": "goals",
                 *       "name": {
                 *         "zh": "京津冀地区生产总值",
                 *         "en": "Beijing-Tianjin-Hebei GDP"
                 *       },
                 *       "unit": "CNY",
                 *       "measure": "annual",
                 *       "geography": "Beijing-Tianjin-Hebei"
                 *     }
                 */
                "application/json": {
                    /** @description Unique within its plan */
                    id: string;
                    planId: string;
                    /** @description The plan item whose progress the indicator informs */
                    itemId: string;
                    name: {
                        /** @description In Chinese, as the document writes it */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                    /** @description Base unit code, see GET /v1/units */
                    unit: string;
                    /** @enum {string} */
                    measure: "annual" | "level" | "cumulative" | "ratio";
                    /** @description What the figures cover: Tianjin, Hebei, Beijing-Tianjin-Hebei... */
                    geography: string;
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlanIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example tianjin-jjj-2027 */
                planId: string;
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example jjj-gdp */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                kind?: "plan" | "news_report" | "statistical_release";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Source"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "xinhua-tianjin-2024-year-review",
                 *       "document": "000_62a21fa7541a7de6.txt",
                 *       "title": "協同發展繪就新圖景",
                 *       "publisher": "天津日報 (via 新華網天津)",
                 *       "publishedOn": "2024-12-23",
                 *       "publishedOnNote": "Dateline of the page: 2024-12-23 19:43:41 來源: 天津日報",
                 *       "language": "zh-Hant",
                 *       "kind": "news_report",
                 *       "url": null
                 *     }
                 */
                "application/json": {
                    id: string;
                    title: string;
                    publisher: string;
                    /** @description As precisely as the document states it: YYYY, YYYY-MM or YYYY-MM-DD; null when it states none */
                    publishedOn: string | null;
                    /**
                     * @description How the date was read or inferred
                     * @default null
                     */
                    publishedOnNote?: string | null;
                    /** @description BCP 47 tag: zh-Hans, zh-Hant, en */
                    language: string;
                    /** @enum {string} */
                    kind: "plan" | "news_report" | "statistical_release";
                    /** @default null */
                    url?: string | null;
                    /**
                     * @description File name of the stored copy under seed/documents
                     * @default null
                     */
                    document?: string | null;
                    /**
                     * @description Ids the source was known by before: they keep resolving to it (a GET redirects; a figure citing one cites this)
                     * @default []
                     */
                    formerIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example xinhua-tianjin-2024-year-review */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The id is a former id of a renamed source: Location names its current URL */
            308: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Unit"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "TEU",
                 *       "name": {
                 *         "zh": "标准箱",
                 *         "en": "twenty-foot equivalent unit"
                 *       },
                 *       "aliases": [
                 *         "标准箱",
                 *         "標準箱",
                 *         "标箱",
                 *         "標箱"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UnitInput"];
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example TEU */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    importObservations: {
        parameters: {
            query?: {
                /** @description Check everything and report what would change, writing nothing */
                dryRun?: boolean;
            };
            header?: {
                /**
                 * @description A unique value per logical request: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true) without writing twice; the same key with another body is 422; a retry while the first runs is 409 with Retry-After
                 * @example 2b3f0c1e-8d2a-4a55-9f39-6c1d2e7a9b10
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "observations": [
                 *         {
                 *           "reported": {
                 *             "value": 2024.19,
                 *             "unit": "萬標準箱"
                 *           },
                 *           "period": {
                 *             "start": "2024-01-01",
                 *             "end": "2024-10-31"
                 *           },
                 *           "qualifier": "exact",
                 *           "yearOnYearPercent": 4,
                 *           "quote": "天津港新開通至南美洲東海岸、美國東海岸集裝箱航線,集裝箱航線累計達到147條,1—10月,完成集裝箱吞吐量2024.19萬標準箱,同比增長4%;海鐵聯運完成116.7萬標準箱,同比增長17%。",
                 *           "note": "Tianjin Port (天津港) container throughput, 1—10月 2024.",
                 *           "sourceId": "xinhua-tianjin-2024-year-review",
                 *           "targetId": "port-container-throughput"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Sources the rows cite that the service does not know yet; listed before the observations */
                    sources?: {
                        id: string;
                        title: string;
                        publisher: string;
                        /** @description As precisely as the document states it: YYYY, YYYY-MM or YYYY-MM-DD; null when it states none */
                        publishedOn: string | null;
                        /**
                         * @description How the date was read or inferred
                         * @default null
                         */
                        publishedOnNote?: string | null;
                        /** @description BCP 47 tag: zh-Hans, zh-Hant, en */
                        language: string;
                        /** @enum {string} */
                        kind: "plan" | "news_report" | "statistical_release";
                        /** @default null */
                        url?: string | null;
                        /**
                         * @description File name of the stored copy under seed/documents
                         * @default null
                         */
                        document?: string | null;
                        /**
                         * @description Ids the source was known by before: they keep resolving to it (a GET redirects; a figure citing one cites this)
                         * @default []
                         */
                        formerIds?: string[];
                    }[];
                    /** @description Also accepted under `items`, as GET …/observations returns them */
                    observations: {
                        /** @description A readable id; generated when left out */
                        id?: string;
                        reported?: {
                            /** @description The number exactly as printed, as a JSON number or (to keep every digit, "2024.190") a decimal string */
                            value: number | string;
                            /** @description The unit word as printed: 万标准箱, 亿元, 亿美元, 公里, %, 家 */
                            unit: string;
                            /** @description As an export gives it: the number as printed, which wins over value */
                            printed?: number | string;
                        };
                        /** @description The figure in the base unit; give this or reported (or both, if they agree) */
                        value?: number;
                        /**
                         * @description For a milestone or an action, instead of a value
                         * @enum {string}
                         */
                        state?: "not_started" | "under_way" | "completed";
                        /** @description What the figure covers: a whole year, part of a year, or one day for an "as of" figure. It cannot end after the source's publication date (read at that date's precision) or after today */
                        period: {
                            /**
                             * Format: date
                             * @description First day covered
                             * @example 2024-10-31
                             */
                            start: string;
                            /**
                             * Format: date
                             * @description Last day covered (inclusive); equal to start for an "as of" figure
                             * @example 2024-10-31
                             */
                            end: string;
                        };
                        /**
                         * @description Defaults to exact for a figure
                         * @enum {string}
                         */
                        qualifier?: "exact" | "about" | "more_than" | "at_least" | "less_than";
                        /** @description 同比: +4 for 增长4%, -2.1 for 下降2.1% */
                        yearOnYearPercent?: number;
                        sourceId: string;
                        /** @description The verbatim sentence the figure comes from */
                        quote: string;
                        note?: string | null;
                        /** @description The plan of the target or indicator; without it, the first one created with that id */
                        planId?: string;
                        targetId?: string;
                        indicatorId?: string;
                    }[];
                };
                /**
                 * @example targetId,periodStart,periodEnd,reportedValue,reportedUnit,qualifier,yearOnYearPercent,sourceId,quote
                 *     port-container-throughput,2024-01-01,2024-10-31,2024.19,萬標準箱,exact,4,xinhua-tianjin-2024-year-review,"天津港新開通至南美洲東海岸、美國東海岸集裝箱航線,集裝箱航線累計達到147條,1—10月,完成集裝箱吞吐量2024.19萬標準箱,同比增長4%;海鐵聯運完成116.7萬標準箱,同比增長17%。"
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description The result */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                includeRevoked?: boolean;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "statistics-desk",
                 *       "scope": "write"
                 *     }
                 */
                "application/json": {
                    /** @description Who or what uses the key; recorded with every write it makes */
                    name: string;
                    /**
                     * @description read: reads only; write: reads and data writes; admin: everything, keys and the audit log too
                     * @enum {string}
                     */
                    scope: "read" | "write" | "admin";
                };
            };
        };
        responses: {
            /** @description Created: what was recorded, at the URL in Location */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        scope: "read" | "write" | "admin";
                        /**
                         * Format: date-time
                         * @example 2026-11-22T08:12:23.686Z
                         */
                        createdAt: string;
                        createdBy: string | null;
                        revokedAt: string | null;
                        revokedBy: string | null;
                        /** @description The key itself: shown this once, stored only as a hash */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @example key-0123456789ab */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was asked for */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example key-0123456789ab */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As it is now: withdrawn or revoked, and still readable */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 500 (default 50) */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A key id or name */
                key?: string;
                planId?: string;
                targetId?: string;
                indicatorId?: string;
                /** @description From this instant (ISO 8601), inclusive */
                since?: string;
                /** @description Before this instant (ISO 8601), exclusive */
                until?: string;
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 without a body while it is still current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list (nextCursor names the next page; null on the last), or all of it as CSV where offered */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is still current */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
}
