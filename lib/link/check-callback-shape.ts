import { finding } from '../catalog/rule-severities';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import { parseQuery } from '../url/query';
import type { SplitUrl } from '../url/split-url';

/** `%` not starting a two-digit hex escape: no server can decode it, Adjust's included. */
export const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
/** A placeholder run straight into the next `name=`: the `&` between two parameters is missing. */
const SWALLOWED = /\}([A-Za-z_][A-Za-z0-9_]*)=/;

function around(text: string, index: number): string {
  const start = Math.max(0, index - 24);
  const end = Math.min(text.length, index + 24);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

export function badEscapeFinding(
  text: string,
  index: number,
  subject: string,
  path: string,
): Finding {
  return finding(
    'callback-bad-escape',
    `${subject} has a "%" that starts no valid escape ("${around(text, index)}"), so it is no valid URL. Write "=" if a parameter was meant, or %25 for a literal percent sign.`,
    path,
  );
}

/**
 * Defects of a callback URL that make Adjust call something other than what was meant, whichever
 * server it goes to: parameters with no `?` before them, an escape no server can decode, a
 * parameter swallowed by the one before it. `subject` names the URL in messages ("The postback",
 * "install_callback").
 */
export function checkCallbackShape(
  url: SplitUrl,
  text: string,
  subject: string,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  const beforeQuery = `${url.authority}${url.path}`;
  const amp = beforeQuery.indexOf('&');
  if (url.query === null && amp !== -1 && beforeQuery.includes('=', amp)) {
    const head = `${url.scheme}://${beforeQuery.slice(0, amp)}`;
    findings.push(
      finding(
        'callback-no-query-mark',
        `${subject} has no "?" before its parameters ("${truncate(`${head}&…`, 60)}"), so they are read as part of its ${url.path === '' ? 'host' : 'path'} and never arrive as parameters. Write "${truncate(head, 50)}?" before the first parameter.`,
        path,
      ),
    );
  }
  const bad = BAD_ESCAPE.exec(text);
  if (bad) findings.push(badEscapeFinding(text, bad.index, subject, path));
  for (const param of parseQuery(url.query)) {
    const swallowed = param.value === null ? null : SWALLOWED.exec(param.value);
    if (!swallowed || param.value === null) continue;
    const cut = swallowed.index + 1;
    findings.push(
      finding(
        'callback-param-swallowed',
        `In ${subject}, ${param.name}= holds "${truncate(param.value, 50)}": the "&" before ${swallowed[1]}= is missing, so ${swallowed[1]} never arrives as its own parameter. Write ${param.name}=${truncate(param.value.slice(0, cut), 30)}&${truncate(param.value.slice(cut), 30)}.`,
        path,
      ),
    );
  }
  return findings;
}
