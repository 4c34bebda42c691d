import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import { parseCallbackParam } from '../link/callback-param';
import type { GeneratedCallback, GenerateResult } from '../link/schemas';
import { formatQuery, parseQuery } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';

export interface EncodingFillEventRow {
  token: string;
  /** The callback URL as typed into the tool: decoded, the tool encodes it. */
  callback: string;
  /** The link parameter Postbridge wrote for it, for messages. */
  param: string;
  goal: string;
}

/**
 * The state every field of Adjust's Encoding tool should have after filling. Empty strings are
 * meaningful: they clear what a previous fill or the user left in a field.
 */
export interface EncodingFillPlan {
  /** "Enter your links": one link (the tool takes one per line). */
  links: string;
  /** "Install": the install callback URL, decoded; several are written one per line, as the tool asks. */
  install: string;
  /** One "Event" row per token. */
  events: EncodingFillEventRow[];
  findings: Finding[];
}

function tokensOf(callback: GeneratedCallback): string[] {
  if (callback.tokens && callback.tokens.length > 0) return callback.tokens;
  return parseCallbackParam(callback.param)?.tokens ?? [];
}

/**
 * The advertiser's link as it goes into step 1. A link from a Campaign Lab partner may already
 * carry a callback Postbridge replaces; the tool would append a second one beside it, so those
 * parameters are left out here (and said so). Callbacks Postbridge does not touch stay.
 */
function linkForTool(
  adjustLink: string,
  callbacks: readonly GeneratedCallback[],
): {
  link: string;
  removed: string[];
} {
  const trimmed = adjustLink.trim();
  const split = splitUrl(trimmed);
  if (!split) return { link: trimmed, removed: [] };
  const replaced = new Set(callbacks.map((c) => c.param.toLowerCase().replace(/^adj_/, '')));
  const params = parseQuery(split.query);
  const kept = params.filter((p) => !replaced.has(p.name.toLowerCase().replace(/^adj_/, '')));
  if (kept.length === params.length) return { link: trimmed, removed: [] };
  const removed = params.filter((p) => !kept.includes(p)).map((p) => p.name);
  return {
    link: joinUrl({ ...split, query: kept.length > 0 ? formatQuery(kept) : null }),
    removed,
  };
}

/** Nothing to fill with: no Adjust link pasted, or no link built. */
function missingInputFindings(adjustLink: string, link: string | null): Finding[] {
  const findings: Finding[] = [];
  if (adjustLink.trim() === '') {
    findings.push(
      pageFinding(
        'fill.no-adjust-link',
        'There is no Adjust link to put into “Enter your links”: paste the advertiser’s Adjust link first.',
        'adjustLink',
      ),
    );
  }
  if (link === null) {
    findings.push(
      pageFinding(
        'fill.no-link',
        'Postbridge could not build a link from this offer, so there is nothing to compare Adjust’s output with: fix the errors shown above first.',
        'link',
      ),
    );
  }
  return findings;
}

function removedCallbacksFinding(removed: readonly string[]): Finding {
  return pageFinding(
    'fill.existing-callback-removed',
    `The Adjust link already carries ${removed.join(', ')}; Postbridge replaces ${removed.length === 1 ? 'it' : 'them'}, so ${removed.length === 1 ? 'it was' : 'they were'} left out of “Enter your links” (the tool would append a second copy).`,
    'adjustLink',
  );
}

/** What the callbacks become in the tool: install lines, one event row per token, findings. */
interface CallbackRows {
  installs: string[];
  events: EncodingFillEventRow[];
  findings: Finding[];
}

/** One "Event" row per token of an event callback; a merged token is expanded and said so. */
function addEventRows(rows: CallbackRows, callback: GeneratedCallback, index: number): void {
  const tokens = tokensOf(callback);
  if (tokens.length === 0) {
    rows.findings.push(
      pageFinding(
        'fill.event-without-token',
        `${callback.param} names no event token, so it cannot go into an “Event” row: give goal “${callback.goal}” an event token.`,
        `callbacks[${index}]`,
      ),
    );
    return;
  }
  if (tokens.length > 1) {
    rows.findings.push(
      pageFinding(
        'fill.merged-tokens-expanded',
        `${callback.param} is written as one row per token (${tokens.join(', ')}) because the Encoding tool takes one token per “Event” row; Adjust will get event_callback_${tokens.join(', event_callback_')} with the same callback.`,
        `callbacks[${index}]`,
      ),
    );
  }
  for (const token of tokens) {
    rows.events.push({ token, callback: callback.url, param: callback.param, goal: callback.goal });
  }
}

function callbackRows(callbacks: readonly GeneratedCallback[]): CallbackRows {
  const rows: CallbackRows = { installs: [], events: [], findings: [] };
  callbacks.forEach((callback, index) => {
    if (callback.activity === 'install') rows.installs.push(callback.url);
    else if (callback.activity === 'event') addEventRows(rows, callback, index);
    else {
      rows.findings.push(
        pageFinding(
          'fill.activity-not-in-tool',
          `${callback.param} (${callback.activity}) has no field Postbridge fills in the Encoding tool; Adjust’s output will lack it, use Postbridge’s link instead.`,
          `callbacks[${index}]`,
        ),
      );
    }
  });
  return rows;
}

/** Notes on the whole fill: several installs in one field, a branded link's prefix. */
function fillNotes(installCount: number, kind: GenerateResult['kind']): Finding[] {
  const findings: Finding[] = [];
  if (installCount > 1) {
    findings.push(
      pageFinding(
        'fill.several-installs',
        `There are ${installCount} install callbacks; they go into “Install” one per line, as the tool asks for several callbacks in one field.`,
        'callbacks',
      ),
    );
  }
  if (kind === 'branded') {
    findings.push(
      pageFinding(
        'fill.branded-link',
        'This is a branded link: its callbacks need the adj_ prefix (adj_install_callback). Whether the Encoding tool adds it is not documented; the comparison below shows what it wrote.',
        'link',
      ),
    );
  }
  return findings;
}

/**
 * What to type into Adjust's Encoding tool so that it produces the link Postbridge built.
 *
 * The tool has one token per "Event" row, so a merged `event_callback_a_b` (the popup's "write
 * shared tokens once" option) becomes one row per token with the same callback URL. The tool then
 * writes `event_callback_a` and `event_callback_b`; Adjust accepts both forms (shared/domain.md,
 * "Callback parameters") and `compareGenerated` reports this as an expected difference, not an error.
 */
export function planEncodingFill(
  adjustLink: string,
  result: Pick<GenerateResult, 'link' | 'kind' | 'callbacks'>,
): EncodingFillPlan {
  const findings = missingInputFindings(adjustLink, result.link);
  const { link, removed } = linkForTool(adjustLink, result.callbacks);
  if (removed.length > 0) findings.push(removedCallbacksFinding(removed));
  const rows = callbackRows(result.callbacks);
  findings.push(...rows.findings, ...fillNotes(rows.installs.length, result.kind));
  return { links: link, install: rows.installs.join('\n'), events: rows.events, findings };
}
