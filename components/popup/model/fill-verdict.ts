import type { GeneratedComparison } from '@/lib/adjust/compare-generated';

/**
 * The one thing the popup says after filling Adjust's Encoding tool: which link to use, and why.
 * `lost`: Affise macros Postbridge's link keeps raw ({clickid}) that Adjust's output encodes
 * (%7Bclickid%7D), so Affise would never fill them and every conversion would lose its click.
 */
export interface FillVerdict {
  tone: 'ok' | 'warning' | 'error';
  headline: string;
  /** Whose link the user should put into Affise. */
  use: 'postbridge' | 'adjust';
  link: string;
  lost: string[];
}

const ENCODED_MACRO = /%(?:25)?7B([A-Za-z0-9_]+)%(?:25)?7D/gi;

/** Macros written raw in `ours` that `adjust` carries percent-encoded (once or twice). */
export function lostMacros(ours: string, adjust: string): string[] {
  const names = new Set<string>();
  for (const match of adjust.matchAll(ENCODED_MACRO)) {
    const name = match[1] ?? '';
    if (ours.includes(`{${name}}`)) names.add(`{${name}}`);
  }
  return [...names];
}

export function fillVerdict(comparison: GeneratedComparison): FillVerdict {
  const ours = comparison.ours;
  const use = { use: 'postbridge' as const, link: ours };
  if (comparison.adjust === null || comparison.verdict === 'no-output') {
    return {
      ...use,
      tone: 'warning',
      headline: 'Adjust’s tool showed no link: use Postbridge’s link.',
      lost: [],
    };
  }
  const lost = lostMacros(ours, comparison.adjust);
  if (lost.length > 0) {
    return {
      ...use,
      tone: 'error',
      headline: `Adjust’s link would lose ${lost.join(', ')}, which Affise never fills encoded: use Postbridge’s link.`,
      lost,
    };
  }
  if (comparison.verdict === 'different') {
    return {
      ...use,
      tone: 'error',
      headline: 'Adjust’s link differs from Postbridge’s: use Postbridge’s link (see Details).',
      lost,
    };
  }
  return {
    ...use,
    tone: 'ok',
    headline: 'Adjust’s tool gives the same callbacks: use this link.',
    lost,
  };
}
