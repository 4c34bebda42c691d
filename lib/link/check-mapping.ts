import { finding } from '../catalog/rule-severities';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import type { EventMapping } from './schemas';

const GOAL_VALUE = /^[A-Za-z0-9_ .-]+$/;
const EVENT_TOKEN = /^[a-z0-9]{6}$/;
/** What can stand in `event_callback_<token>`: `_` joins tokens there and anything else breaks the link. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9]+$/;

export function isUsableEventToken(token: string): boolean {
  return TOKEN_CHARACTERS.test(token);
}

export function isValidGoalValue(goal: string): boolean {
  return GOAL_VALUE.test(goal) && goal.trim() !== '';
}

export function checkEventToken(token: string, path: string): Finding[] {
  if (token === '' || EVENT_TOKEN.test(token)) return [];
  if (!isUsableEventToken(token)) {
    return [
      finding(
        'event-token-invalid',
        `The event token "${truncate(token)}" has characters other than letters and digits, so it cannot name an event_callback_ parameter; this goal gets no callback. Adjust event tokens look like "abc123": copy it again from the advertiser's Adjust dashboard.`,
        path,
      ),
    ];
  }
  if (token.length !== 6) {
    return [
      finding(
        'event-token-length',
        `The event token "${truncate(token)}" has ${token.length} characters; Adjust event tokens have exactly 6 (like "abc123"), so no event sends this callback. Copy the token again from the advertiser's Adjust dashboard (All Settings → Events).`,
        path,
      ),
    ];
  }
  return [
    finding(
      'event-token-format',
      `The event token "${truncate(token)}" is not 6 lowercase letters and digits like "abc123". Check it in the advertiser's Adjust dashboard (All Settings → Events).`,
      path,
    ),
  ];
}

function checkGoalValue(goal: string, path: string): Finding[] {
  if (isValidGoalValue(goal)) return [];
  return [
    finding(
      'goal-value-invalid',
      goal.trim() === ''
        ? 'The goal value is empty. Use the goal value from Affise: Offer edit → Payouts → Goal value.'
        : `The goal value "${truncate(goal)}" has characters Affise does not allow in goal values (letters, digits, _, space, . and - only). Copy it from Offer edit → Payouts → Goal value.`,
      path,
    ),
  ];
}

/** The event's token: present, well-formed, and not already used for another goal. */
function checkTokenOf(
  event: EventMapping,
  at: string,
  goalOfToken: Map<string, string>,
): Finding[] {
  if (event.token.trim() === '') {
    return [
      finding(
        'goal-without-token',
        `Goal "${truncate(event.goal)}" has no event token. Type the Adjust event token for it, or leave the goal out.`,
        `${at}.token`,
      ),
    ];
  }
  const findings = checkEventToken(event.token, `${at}.token`);
  const other = goalOfToken.get(event.token);
  if (other !== undefined && other !== event.goal) {
    findings.push(
      finding(
        'event-token-duplicate',
        `Token "${event.token}" is used for goal "${truncate(other)}" and goal "${truncate(event.goal)}": one Adjust event would report both goals. Give each goal its own event token; only goal "${truncate(other)}" keeps it.`,
        `${at}.token`,
      ),
    );
  } else {
    goalOfToken.set(event.token, event.goal);
  }
  return findings;
}

type Spelling = { goal: string; path: string };

/** A goal spelt like an earlier one but for case: Affise cannot hold both. */
function checkGoalSpelling(
  event: EventMapping,
  at: string,
  spellingOfGoal: Map<string, Spelling>,
): Finding[] {
  const seen = spellingOfGoal.get(event.goal.toLowerCase());
  if (!seen) {
    spellingOfGoal.set(event.goal.toLowerCase(), { goal: event.goal, path: `${at}.goal` });
    return [];
  }
  if (seen.goal === event.goal) return [];
  return [
    finding(
      'goal-case-conflict',
      `Goal "${truncate(event.goal)}" differs from goal "${truncate(seen.goal)}" only in case; Affise matches goals case-insensitively and cannot hold both. Use the exact goal value from Affise.`,
      `${at}.goal`,
    ),
  ];
}

/** Checks the goal ↔ activity mapping on its own, before anything is built. */
export function checkMapping(
  install: { goal: string } | null,
  events: readonly EventMapping[],
): Finding[] {
  const findings: Finding[] = [];
  if (install) findings.push(...checkGoalValue(install.goal, 'install.goal'));
  if (!install && events.length === 0) {
    findings.push(
      finding(
        'no-callbacks',
        'Nothing is mapped: choose the install goal or give at least one goal an event token, or the link will carry no callback.',
        'events',
      ),
    );
  }
  const goalOfToken = new Map<string, string>();
  const spellingOfGoal = new Map<string, Spelling>();
  if (install)
    spellingOfGoal.set(install.goal.toLowerCase(), { goal: install.goal, path: 'install.goal' });

  events.forEach((event, i) => {
    const at = `events[${i}]`;
    findings.push(...checkGoalValue(event.goal, `${at}.goal`));
    findings.push(...checkTokenOf(event, at, goalOfToken));
    if (install && event.goal === install.goal) {
      findings.push(
        finding(
          'install-goal-as-event',
          `Goal "${truncate(event.goal)}" is both the install goal and an event: Affise would be sent that goal twice. Map it once.`,
          `${at}.goal`,
        ),
      );
    }
    findings.push(...checkGoalSpelling(event, at, spellingOfGoal));
  });
  return findings;
}
