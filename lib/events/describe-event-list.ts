import type { EventMatch } from './match-events';
import type { EventListProblem } from './parse-event-list';

const MAX_QUOTE = 60;
const quote = (text: string) =>
  `“${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}”`;

function listLines(lines: readonly number[]): string {
  if (lines.length < 2) return `line ${lines.join('')}`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
}

/** One plain sentence per problem of a pasted list: what is wrong, and what to do. */
export function describeEventListProblem(problem: EventListProblem): string {
  switch (problem.kind) {
    case 'no-token':
      return `Line ${problem.line} ${quote(problem.text)} holds no event token (6 lowercase letters and digits, like abc123), so it was left out.`;
    case 'several-tokens':
      return `Line ${problem.line} holds ${problem.tokens.length} possible tokens (${problem.tokens.join(', ')}), so it was left out: put one event per line with its name.`;
    case 'too-long':
      return `The list has ${problem.lines.toLocaleString('en')} lines; only the first ${problem.read.toLocaleString('en')} were read: paste the event list alone.`;
    case 'duplicate-token': {
      const names = new Set(problem.names.map((name) => name.trim().toLowerCase()));
      return names.size > 1
        ? `Token ${problem.token} is listed under different names on ${listLines(problem.lines)}: ask the advertiser which event it belongs to.`
        : `Token ${problem.token} is listed twice, on ${listLines(problem.lines)}; it is used once.`;
    }
  }
}

/** How sure a match is, in the words the preview shows. */
export function describeConfidence(match: Pick<EventMatch, 'basis' | 'sure'>): string {
  if (!match.sure) return 'Not sure: check it';
  return match.basis === 'same-name' ? 'Sure: same name' : 'Sure: same meaning';
}
