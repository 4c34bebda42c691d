import { decodeOnce, parseQuery } from '../url/query';
import type { RequestParam } from './result';

/** decodeOnce without the work when there is nothing to decode: most values have no "%". */
export function decodeValue(raw: string): string {
  return raw.includes('%') ? decodeOnce(raw) : raw;
}

/** A query split into parameters, each as sent and as a server reads it (decoded once). */
export function requestParams(query: string | null): RequestParam[] {
  return parseQuery(query).map((p) => ({
    name: p.name,
    raw: p.value,
    value: p.value === null ? null : decodeValue(p.value),
  }));
}

/** The query of a URL without splitting the rest of it. */
export function queryOf(url: string): string | null {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  const mark = url.indexOf('?');
  return mark === -1 || mark > end ? null : url.slice(mark + 1, end);
}
