import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import type { Finding } from '../../lib/core/findings';
import { buildLink } from '../../lib/link/build-link';
import { inspectLink } from '../../lib/link/inspect-link';

/**
 * The corpus of real links (test/fixtures/link-corpus/): each entry is a link or an Affise
 * postback from a public page or public code, with the verdict a careful reader of Adjust's and
 * Affise's docs gives. `expect` lists the warnings and errors that must appear; any other warning
 * or error is a false alarm. `forbid` lists codes that must not appear at any severity (info
 * included), for notes that would still mislead.
 */
const EntrySchema = z.object({
  id: z.string(),
  source: z.string(),
  input: z.string(),
  expect: z.array(z.string()),
  forbid: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
  original: z.optional(z.string()),
  /** Built from a documented example to exercise Affise's rules, not copied verbatim. */
  constructed: z.optional(z.boolean()),
});
export type CorpusEntry = z.infer<typeof EntrySchema>;
const CorpusSchema = z.object({ entries: z.array(EntrySchema) });

export type CorpusKind = 'link' | 'postback';
const FILES: Record<CorpusKind, string> = {
  link: 'adjust-links.json',
  postback: 'affise-postbacks.json',
};
/** The link of Affise's own Adjust article: postbacks are built into it as `generate` does. */
const ARTICLE_LINK = 'https://app.adjust.com/abc123?campaign={pid}&adgroup={sub2}&creative={sub3}';

export function loadCorpus(kind: CorpusKind): CorpusEntry[] {
  const url = new URL(`../../test/fixtures/link-corpus/${FILES[kind]}`, import.meta.url);
  return CorpusSchema.parse(JSON.parse(readFileSync(url, 'utf8'))).entries;
}

export function findingsFor(kind: CorpusKind, input: string): Finding[] {
  return kind === 'link'
    ? inspectLink(input).findings
    : buildLink({ adjustLink: ARTICLE_LINK, postbackUrl: input }).findings;
}

export interface EntryVerdict {
  id: string;
  /** Expected codes that appeared. */
  hits: string[];
  /** Expected codes that did not appear: missed defects. */
  missed: string[];
  /** Warnings or errors not expected, and forbidden codes that appeared: false alarms. */
  falseAlarms: Finding[];
}

export function judge(entry: CorpusEntry, findings: readonly Finding[]): EntryVerdict {
  const codes = new Set(findings.map((f) => f.code));
  const forbidden = new Set(entry.forbid ?? []);
  const seen = new Set<string>();
  const falseAlarms = findings.filter((f) => {
    const alarm =
      forbidden.has(f.code) || (f.severity !== 'info' && !entry.expect.includes(f.code));
    if (!alarm || seen.has(f.code)) return false;
    seen.add(f.code);
    return true;
  });
  return {
    id: entry.id,
    hits: entry.expect.filter((code) => codes.has(code)),
    missed: entry.expect.filter((code) => !codes.has(code)),
    falseAlarms,
  };
}

export interface CorpusScore {
  entries: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  verdicts: EntryVerdict[];
}

/** Precision and recall over finding codes, counted once per entry. */
export function scoreCorpus(kinds: readonly CorpusKind[] = ['link', 'postback']): CorpusScore {
  const verdicts = kinds.flatMap((kind) =>
    loadCorpus(kind).map((entry) => judge(entry, findingsFor(kind, entry.input))),
  );
  const tp = verdicts.reduce((n, v) => n + v.hits.length, 0);
  const fp = verdicts.reduce((n, v) => n + v.falseAlarms.length, 0);
  const fn = verdicts.reduce((n, v) => n + v.missed.length, 0);
  return {
    entries: verdicts.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    verdicts,
  };
}
