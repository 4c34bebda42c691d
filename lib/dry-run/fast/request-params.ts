import { decodeOnce, splitQuery } from '../../url/query';
import type { RequestParam } from '../result';

const requestParam = (name: string, raw: string | null): RequestParam =>
  raw === null ? { name, raw: null, value: null } : { name, raw, value: decodeOnce(raw) };

/**
 * A query split into parameters, each as sent and as a server reads it (decoded once): the same
 * split as parseQuery, which it shares. It runs for every request of every run.
 */
export function requestParams(query: string | null): RequestParam[] {
  return splitQuery(query, requestParam);
}

/** The query of a URL without splitting the rest of it. */
export function queryOf(url: string): string | null {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  const mark = url.indexOf('?');
  return mark === -1 || mark > end ? null : url.slice(mark + 1, end);
}
