import { decodeOnce } from '../url/query';
import type { RequestParam } from './result';

/** decodeOnce without the work when there is nothing to decode: most values have no "%". */
export function decodeValue(raw: string): string {
  return raw.includes('%') ? decodeOnce(raw) : raw;
}

/**
 * A query split into parameters, each as sent and as a server reads it (decoded once). The same
 * split as parseQuery (on "&", empty parts skipped, a part without "=" has no value), in one pass:
 * it runs for every request of every run.
 */
export function requestParams(query: string | null): RequestParam[] {
  const params: RequestParam[] = [];
  if (query === null || query === '') return params;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      if (eq === -1 || eq > end)
        params.push({ name: query.slice(start, end), raw: null, value: null });
      else {
        const raw = query.slice(eq + 1, end);
        params.push({ name: query.slice(start, eq), raw, value: decodeValue(raw) });
      }
    }
    start = end + 1;
  }
  return params;
}

/** The query of a URL without splitting the rest of it. */
export function queryOf(url: string): string | null {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  const mark = url.indexOf('?');
  return mark === -1 || mark > end ? null : url.slice(mark + 1, end);
}
