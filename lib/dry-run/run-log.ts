import type { Finding } from '../core/findings';
import type {
  AffiliatePostbackDecision,
  DryRunRequest,
  PostbackOutcome,
  RequestParam,
  Substitution,
} from './result';
import { admitEntry, admitRequest, createRunBudget } from './run-limits';

/** What a hop says about a request; the rest of the request has defaults (see RunLog.add). */
export interface RequestDraft {
  hop: DryRunRequest['hop'];
  url: string;
  at: string;
  title: string;
  method?: DryRunRequest['method'];
  body?: string | null;
  contentType?: string | null;
  activity?: number | null;
  params?: RequestParam[];
  substitutions?: Substitution[];
  findings?: Finding[];
  outcome?: string | null;
}

/**
 * Everything one run writes down, in order: the requests (each with the scenario field it comes
 * from), the findings, what Affise did with each postback and each affiliate-postback decision.
 * Hops add to it; `finish` turns it into the DryRun.
 */
export class RunLog {
  readonly requests: DryRunRequest[] = [];
  /** Parallel to requests: the scenario field a request comes from, for its findings' paths. */
  readonly sources: string[] = [];
  readonly findings: Finding[] = [];
  readonly postbacks: PostbackOutcome[] = [];
  readonly affiliatePostbacks: AffiliatePostbackDecision[] = [];
  /** What the run has produced so far, against its caps (run-limits.ts). */
  private readonly budget = createRunBudget();

  /** Adds a request; an `internal` entry is no request and has no method. Returns its index. */
  add(draft: RequestDraft, source: string): number {
    // One key order for every request: the JSON output stays byte for byte the same.
    const request: DryRunRequest = {
      hop: draft.hop,
      method: draft.method === undefined ? (draft.hop === 'internal' ? null : 'GET') : draft.method,
      url: draft.url,
      body: draft.body ?? null,
      contentType: draft.contentType ?? null,
      at: draft.at,
      title: draft.title,
      activity: draft.activity ?? null,
      params: draft.params ?? [],
      substitutions: draft.substitutions ?? [],
      findings: draft.findings ?? [],
      outcome: draft.outcome ?? null,
    };
    // Throws RunLimitReached when the run would pass one of its caps.
    admitRequest(this.budget, request, source);
    this.requests.push(request);
    this.sources.push(source);
    return this.requests.length - 1;
  }

  /** Adds an affiliate-postback decision; a skipped one (no request) counts against the caps too. */
  decide(decision: AffiliatePostbackDecision, path: string): void {
    if (decision.requestIndex === null) admitEntry(this.budget, path);
    this.affiliatePostbacks.push(decision);
  }

  /** The request at `index`, which add returned. */
  request(index: number): DryRunRequest {
    const request = this.requests[index];
    if (!request) throw new RangeError(`no request ${index} in this run`);
    return request;
  }

  /** Findings for the run's list (push(...items) without the spread, which costs even when empty). */
  report(findings: readonly Finding[]): void {
    for (const finding of findings) this.findings.push(finding);
  }

  /** Findings of one request: on it and in the run's list. */
  reportAt(index: number, findings: readonly Finding[]): void {
    const own = this.request(index).findings;
    for (const finding of findings) own.push(finding);
    this.report(findings);
  }
}
