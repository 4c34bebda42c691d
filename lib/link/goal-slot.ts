import { formatQuery, parseQuery } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';

/**
 * A postback split around its goal value: `before + encodeValue(goal) + after` is the postback
 * with `goal=<goal>`. The first existing `goal` parameter is replaced and further ones dropped, so a
 * callback never carries two goals; without one, `goal=` is appended. Splitting once lets a link
 * with many goals encode the shared parts once.
 */
export interface GoalSlot {
  before: string;
  after: string;
}

export function goalSlot(postback: string): GoalSlot | null {
  const url = splitUrl(postback);
  if (!url) return null;
  const params = parseQuery(url.query);
  const first = params.findIndex((p) => p.name === 'goal');
  const head = joinUrl({ ...url, query: null, fragment: null });
  const tail = url.fragment === null ? '' : `#${url.fragment}`;
  if (first === -1) {
    const query = formatQuery(params);
    return { before: `${head}?${query}${query === '' ? '' : '&'}goal=`, after: tail };
  }
  const others = (from: number, to: number) =>
    params.slice(from, to).filter((p) => p.name !== 'goal');
  const prefix = formatQuery(others(0, first));
  const suffix = formatQuery(others(first + 1, params.length));
  return {
    before: `${head}?${prefix}${prefix === '' ? '' : '&'}goal=`,
    after: `${suffix === '' ? '' : `&${suffix}`}${tail}`,
  };
}

export function hasGoalParam(postback: string): boolean {
  const url = splitUrl(postback);
  return url !== null && parseQuery(url.query).some((p) => p.name === 'goal');
}
