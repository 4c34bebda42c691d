import type { Severity } from '../core/findings';

/**
 * A catalogued finding of the link engine or of the pages and storage: its severity, what it means,
 * and what it rests on — the public page that states the behaviour (`source`) or, where the finding
 * is about Postbridge's own reading, filling, storage or input bounds and no page can settle it, a
 * stated `internal` reason.
 */
export type Grounding = { source: string; internal?: never } | { internal: string; source?: never };

export type GroundedRule = { severity: Severity; description: string } & Grounding;
