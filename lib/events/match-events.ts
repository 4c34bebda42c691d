import { type EventNameKey, normaliseEventName } from './normalise-event-name';
import type { EventListRow, ParsedEventList } from './parse-event-list';

/** How a row was found to fit a goal, strongest first. */
export type MatchBasis = 'same-name' | 'synonym' | 'similar';

const BASIS_SCORE: Record<MatchBasis, number> = { 'same-name': 3, synonym: 2, similar: 1 };

export interface GoalToMatch {
  value: string;
  title: string;
}

export interface EventMatch {
  goal: string;
  /** One row, or one per platform when an app has an iOS and an Android token for the event. */
  rows: EventListRow[];
  /** What goes into the goal's token field: the tokens joined by commas. */
  token: string;
  basis: MatchBasis;
  /** Sure matches are applied with one click; the others only when the user ticks them. */
  sure: boolean;
  /** One plain sentence: why this row fits the goal, or why it is not sure. */
  why: string;
}

export interface EventListMatch {
  matches: EventMatch[];
  /** Rows no goal took. */
  unmatchedRows: EventListRow[];
  /** Goal values no row fits. */
  unmatchedGoals: string[];
}

interface Candidate {
  goalIndex: number;
  row: EventListRow;
  rowKey: EventNameKey;
  basis: MatchBasis;
  why: string;
}

const numbers = (key: EventNameKey) =>
  key.words
    .filter((w) => /^\d+$/.test(w))
    .map(Number)
    .join(' ');

/** Every word of the shorter name is in the longer one, and the numbers agree. */
function similar(a: EventNameKey, b: EventNameKey): boolean {
  if (a.words.length === 0 || b.words.length === 0 || numbers(a) !== numbers(b)) return false;
  const [small, large] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const inLarge = new Set(large.words);
  return (
    small.words.every((word) => inLarge.has(word)) && small.words.some((w) => !/^\d+$/.test(w))
  );
}

function compare(
  row: EventNameKey,
  goal: EventNameKey,
  goalText: string,
): { basis: MatchBasis; why: string } | null {
  if (row.compact !== '' && row.compact === goal.compact)
    return { basis: 'same-name', why: `Same name as “${goalText}”.` };
  if (row.concept !== null && row.concept === goal.concept) {
    const named = row.concept === goal.words.join(' ') ? '' : ` (both: ${row.concept})`;
    return { basis: 'synonym', why: `Means the same as “${goalText}”${named}.` };
  }
  if (similar(row, goal))
    return { basis: 'similar', why: `Shares words with “${goalText}”, but is not the same name.` };
  return null;
}

/** A goal's title and value, each with its normalised form, computed once per match. */
type GoalNames = { text: string; key: EventNameKey }[];

const goalNames = (goal: GoalToMatch): GoalNames =>
  [goal.title, goal.value]
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, key: normaliseEventName(text) }));

function bestFor(names: GoalNames, rowKey: EventNameKey) {
  const found = names.map(({ text, key }) => compare(rowKey, key, text)).filter((c) => c !== null);
  return found.sort((a, b) => BASIS_SCORE[b.basis] - BASIS_SCORE[a.basis])[0] ?? null;
}

function candidates(rows: readonly EventListRow[], goals: readonly GoalToMatch[]): Candidate[] {
  const keys = rows.map((row) => normaliseEventName(row.name));
  const found: Candidate[] = [];
  goals.forEach((goal, goalIndex) => {
    const names = goalNames(goal);
    rows.forEach((row, i) => {
      const rowKey = keys[i] as EventNameKey;
      const best = bestFor(names, rowKey);
      if (best) found.push({ goalIndex, row, rowKey, ...best });
    });
  });
  return found.sort(
    (a, b) =>
      BASIS_SCORE[b.basis] - BASIS_SCORE[a.basis] ||
      a.goalIndex - b.goalIndex ||
      a.row.line - b.row.line,
  );
}

/** "Purchase iOS" and "Purchase Android" are one event of one app: both tokens go to the goal. */
function isOtherPlatform(taken: Candidate[], next: Candidate): boolean {
  return taken.every(
    (c) =>
      c.rowKey.compact === next.rowKey.compact &&
      c.rowKey.platforms.length > 0 &&
      next.rowKey.platforms.length > 0 &&
      c.rowKey.platforms.join() !== next.rowKey.platforms.join(),
  );
}

interface Assignment {
  taken: Candidate[];
  /** Another row fits as well as the taken one: the user has to choose. */
  rival: EventListRow | null;
}

function assign(sorted: readonly Candidate[]): Map<number, Assignment> {
  const byGoal = new Map<number, Assignment>();
  const usedRows = new Set<number>();
  for (const candidate of sorted) {
    if (usedRows.has(candidate.row.line)) continue;
    const current = byGoal.get(candidate.goalIndex);
    if (!current) {
      byGoal.set(candidate.goalIndex, { taken: [candidate], rival: null });
      usedRows.add(candidate.row.line);
      continue;
    }
    const first = current.taken[0] as Candidate;
    if (candidate.basis !== first.basis) continue;
    // The same token listed twice for the event, or its other platform's token: both belong here.
    const sameToken = current.taken.some((c) => c.row.token === candidate.row.token);
    if (sameToken || isOtherPlatform(current.taken, candidate)) {
      current.taken.push(candidate);
      usedRows.add(candidate.row.line);
    } else current.rival ??= candidate.row;
  }
  return byGoal;
}

/** Tokens listed twice under different names: which one is right cannot be told. */
function conflictingTokens(parsed: ParsedEventList): Set<string> {
  const conflicts = new Set<string>();
  for (const problem of parsed.problems) {
    if (problem.kind !== 'duplicate-token') continue;
    const names = new Set(problem.names.map((name) => normaliseEventName(name).compact));
    if (names.size > 1) conflicts.add(problem.token);
  }
  return conflicts;
}

function toMatch(goal: GoalToMatch, { taken, rival }: Assignment, conflicts: Set<string>) {
  const first = taken[0] as Candidate;
  const rows = taken.map((c) => c.row);
  const conflict = rows.find((row) => conflicts.has(row.token));
  let why = first.why;
  if (new Set(rows.map((row) => row.token)).size > 1) why = `${why} One token per platform.`;
  if (rival) why = `“${rival.name}” (line ${rival.line}) fits this goal as well: check which one.`;
  if (conflict)
    why = `Token ${conflict.token} is listed twice under different names: check which one it is.`;
  return {
    goal: goal.value,
    rows,
    token: [...new Set(rows.map((row) => row.token))].join(','),
    basis: first.basis,
    sure: first.basis !== 'similar' && rival === null && conflict === undefined,
    why,
  };
}

/**
 * Matches the rows of a pasted event list to the goals: the same name first, then a known
 * synonym, then a name sharing words. Each goal gets at most one row (or one per platform) and
 * each row at most one goal. Pure: nothing is applied here.
 */
export function matchEventList(
  parsed: ParsedEventList,
  goals: readonly GoalToMatch[],
): EventListMatch {
  const assigned = assign(candidates(parsed.rows, goals));
  const conflicts = conflictingTokens(parsed);
  const matches: EventMatch[] = [];
  const unmatchedGoals: string[] = [];
  goals.forEach((goal, index) => {
    const assignment = assigned.get(index);
    if (assignment) matches.push(toMatch(goal, assignment, conflicts));
    else unmatchedGoals.push(goal.value);
  });
  const used = new Set(matches.flatMap((m) => m.rows.map((row) => row.line)));
  return {
    matches,
    unmatchedRows: parsed.rows.filter((row) => !used.has(row.line)),
    unmatchedGoals,
  };
}
