import { z } from 'zod/mini';
import { originOf } from '../messages/callers';
import { splitUrl } from '../url/split-url';

/**
 * Adjust's partner Encoding tool: the page "Fill in Adjust" opens and the filler
 * (entrypoints/adjust.content.ts) runs on.
 */
export const ENCODING_TOOL_URL = 'https://help.adjust.com/en/partner/encoding-tool';

/**
 * Where "Fill Adjust Encoding tool" may write the postback and its secure code: Adjust's own
 * Encoding tool (https://help.adjust.com/en/partner/encoding-tool) and the origins the user added
 * in the options. Anywhere else a page's own script could read the filled fields (issue 10 §6).
 */
export const ENCODING_TOOL_ORIGIN: string = originOf(ENCODING_TOOL_URL) ?? ENCODING_TOOL_URL;

/** The tool's path in any of Adjust's languages (`/en/partner/encoding-tool`, `/ja/…`). */
const ENCODING_TOOL_PATH = /\/partner\/encoding-tool(?:[/?#]|$)/;

/** An origin the user adds: https only, no path (`https://tools.mynetwork.com`). */
export const ToolOriginSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.refine(
    (value) => value.startsWith('https://') && originOf(value) === value,
    'expected an https:// origin such as https://tools.mynetwork.com (no path, no trailing /)',
  ),
);

/**
 * True when the page at `pageUrl` is on Adjust's Encoding-tool host over https (any port: the
 * host is Adjust's either way) or on an origin the user added, compared exactly.
 */
export function isEncodingToolOrigin(pageUrl: string, userOrigins: readonly string[]): boolean {
  const origin = originOf(pageUrl);
  if (origin === null) return false;
  const withoutPort = origin.replace(/:\d+$/, '');
  return (
    withoutPort === ENCODING_TOOL_ORIGIN || userOrigins.some((o) => o.toLowerCase() === origin)
  );
}

/** True when `pageUrl` is Adjust's own Encoding tool page (where the popup offers "Fill this page"). */
export function isEncodingToolPage(pageUrl: string): boolean {
  const path = splitUrl(pageUrl)?.path ?? '';
  return isEncodingToolOrigin(pageUrl, []) && ENCODING_TOOL_PATH.test(path);
}

/** Why Postbridge refuses to fill on `pageUrl`, as the sentence the popup shows. */
export function encodingToolRefusal(pageUrl: string): string {
  const origin = originOf(pageUrl) ?? 'this page';
  return `Postbridge fills the Encoding tool only on ${ENCODING_TOOL_ORIGIN}, because a copy on another site (${origin}) could read your postback and secure code. Open ${ENCODING_TOOL_URL}, or add ${origin} in the Postbridge options if you trust it.`;
}
