import { z } from 'zod/mini';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem the engine found. `code` is stable (tests, docs and the popup's quick fixes key on it);
 * `path` names the input it concerns (`postbackUrl`, `events[1].token`, `adjustLink`, …) so a UI can
 * show it next to that field.
 */
export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  path: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityRank[a.finding.severity] - severityRank[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
