import type { z } from 'zod/mini';
import { formatIssuePath } from '@/lib/core/input-error';

/** zod issues keyed by path (`offer.goals[1].value`), for showing each next to its field. */
export type IssueMap = ReadonlyMap<string, string>;

export function issueMap(error: z.core.$ZodError | null): IssueMap {
  const map = new Map<string, string>();
  for (const issue of error?.issues ?? []) {
    const path = formatIssuePath(issue.path);
    if (!map.has(path)) map.set(path, issue.message);
  }
  return map;
}
