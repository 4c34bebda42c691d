import { GOAL_PLACEHOLDERS } from '../catalog/postback-params';
import { finding } from '../catalog/rule-severities';
import { errorMessage } from '../core/error-message';
import { type Finding, sortFindings } from '../core/findings';
import { InputError, parseInput } from '../core/input-error';
import { truncate } from '../core/truncate';
import { macroNames } from '../url/macro-tokens';
import { decodeOnce, encodeValue, formatQuery, parseQuery, type RawParam } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';
import { analyseAdjustLink } from './analyse-adjust-link';
import { analysePostback } from './analyse-postback';
import { callbackParamName, parseCallbackParam } from './callback-param';
import { callbackTestLinks } from './callback-test-link';
import { checkMapping, isUsableEventToken } from './check-mapping';
import { encodeCallback } from './encode-callback';
import { goalSlot, hasGoalParam } from './goal-slot';
import {
  type EventMapping,
  type GeneratedCallback,
  type GenerateInput,
  GenerateInputSchema,
  type GenerateOptions,
  type GenerateResult,
} from './schemas';

/** Events that will get a callback: a token, and the first goal to claim it (checkMapping reports the rest). */
function usableEvents(events: readonly EventMapping[]): EventMapping[] {
  const goalOfToken = new Map<string, string>();
  return events.filter((event) => {
    if (!isUsableEventToken(event.token)) return false;
    const claimed = goalOfToken.get(event.token);
    if (claimed !== undefined) return false;
    goalOfToken.set(event.token, event.goal);
    return true;
  });
}

/** One callback URL per goal; with `merge`, the tokens of one goal share one parameter. */
function eventGroups(
  events: readonly EventMapping[],
  merge: boolean,
): { goal: string; tokens: string[] }[] {
  if (!merge) return events.map((e) => ({ goal: e.goal, tokens: [e.token] }));
  const groups = new Map<string, string[]>();
  for (const e of events) groups.set(e.goal, [...(groups.get(e.goal) ?? []), e.token]);
  return [...groups].map(([goal, tokens]) => ({ goal, tokens }));
}

function buildCallbacks(
  template: string,
  options: GenerateOptions,
  branded: boolean,
): GeneratedCallback[] {
  const encode = (url: string) => encodeCallback(url, options.sharedMacros);
  const slot = goalSlot(template);
  const encodedSlot = slot && { before: encode(slot.before), after: encode(slot.after) };
  /** The callback for one goal; the goal value is the only part encoded per callback. */
  const withGoal = (goal: string): { url: string; encoded: string } => {
    if (!slot || !encodedSlot) return { url: template, encoded: encode(template) };
    const value = encodeValue(goal);
    return {
      url: `${slot.before}${value}${slot.after}`,
      encoded: `${encodedSlot.before}${encodeValue(value)}${encodedSlot.after}`,
    };
  };
  const callbacks: GeneratedCallback[] = [];
  if (options.install) {
    const { goal } = options.install;
    // Affise reads a missing goal as "1", so the plain postback is already right for that case.
    const built =
      goal === '1' && !hasGoalParam(template)
        ? { url: template, encoded: encode(template) }
        : withGoal(goal);
    callbacks.push({
      param: callbackParamName('install', [], branded),
      activity: 'install',
      ...built,
      goal,
    });
  }
  for (const group of eventGroups(usableEvents(options.events), options.mergeSharedTokens)) {
    callbacks.push({
      param: callbackParamName('event', group.tokens, branded),
      activity: 'event',
      ...withGoal(group.goal),
      goal: group.goal,
      tokens: group.tokens,
    });
  }
  return callbacks;
}

function goalReplacedFinding(template: string, callbacks: readonly GeneratedCallback[]): Finding[] {
  const goal = parseQuery(splitUrl(template)?.query ?? null).find((p) => p.name === 'goal');
  if (!goal || callbacks.length === 0) return [];
  const macros = macroNames(goal.value ?? '');
  if (macros.length > 0 && macros.every((m) => GOAL_PLACEHOLDERS.has(m))) return [];
  return [
    finding(
      'goal-replaced',
      `The postback has goal=${truncate(goal.value ?? '')}; each callback writes its own goal instead (${callbacks.map((c) => c.goal).join(', ')}).`,
      'postbackUrl',
    ),
  ];
}

/**
 * Drops the link's own install and event callbacks: they are replaced. Each one that differs from
 * what is built now is reported; an identical one (a link Postbridge already wrote) is not.
 */
function withoutOldCallbacks(
  params: readonly RawParam[],
  built: readonly GeneratedCallback[],
): { kept: RawParam[]; findings: Finding[] } {
  const kept: RawParam[] = [];
  const findings: Finding[] = [];
  for (const param of params) {
    const callback = parseCallbackParam(param.name);
    if (callback && (callback.activity === 'install' || callback.activity === 'event')) {
      const old = decodeOnce(param.value ?? '');
      if (built.some((c) => c.param === param.name && c.url === old)) continue;
      findings.push(
        finding(
          'link-has-callbacks',
          `The Adjust link already had ${param.name} → ${truncate(old, 120)}. It is replaced by the callbacks built here; remove it from the link you paste to silence this.`,
          'adjustLink',
        ),
      );
    } else {
      if (callback) {
        findings.push(
          finding(
            'link-other-callbacks',
            `The link carries ${param.name}; it is kept unchanged.`,
            'adjustLink',
          ),
        );
      }
      kept.push(param);
    }
  }
  return { kept, findings };
}

/**
 * Builds the Adjust link with Affise's postback as install and event callbacks. Throws InputError
 * only for input that does not match the schema; every other problem is a finding.
 */
export function buildLink(input: GenerateInput): GenerateResult;
export function buildLink(input: unknown): GenerateResult;
export function buildLink(input: unknown): GenerateResult {
  const options = parseInput(GenerateInputSchema, input, 'generate input');
  const link = analyseAdjustLink(options.adjustLink, options.linkKind);
  const postback = analysePostback(options.postbackUrl, {
    sharedMacros: options.sharedMacros,
    adminHosts: options.adminHosts,
  });
  const findings = [
    ...link.findings,
    ...postback.findings,
    ...checkMapping(options.install, options.events),
  ];
  if (!link.info || postback.template === null) {
    return {
      link: null,
      kind: link.info?.kind ?? null,
      callbacks: [],
      findings: sortFindings(findings),
    };
  }
  const callbacks = buildCallbacks(postback.template, options, link.info.kind === 'branded');
  findings.push(...goalReplacedFinding(postback.template, callbacks));
  const { kept, findings: replaced } = withoutOldCallbacks(link.info.params, callbacks);
  findings.push(...replaced);
  const params = [...kept, ...callbacks.map((c) => ({ name: c.param, value: c.encoded }))];
  const query = params.length === 0 && link.info.url.query === null ? null : formatQuery(params);
  return {
    link: joinUrl({ ...link.info.url, query }),
    kind: link.info.kind,
    callbacks,
    findings: sortFindings(findings),
    ...(callbacks.length > 0 ? { callbackTest: callbackTestLinks(callbacks) } : {}),
  };
}

/**
 * buildLink for a form: input outside the schema (a value over 16,384 characters, …) becomes one
 * `input-invalid` finding at the field it concerns instead of an exception, so what the user typed
 * stays on screen with the reason next to it.
 */
export function buildLinkOrReport(input: unknown): GenerateResult {
  try {
    return buildLink(input);
  } catch (error) {
    const path = error instanceof InputError ? error.path : '';
    return {
      link: null,
      kind: null,
      callbacks: [],
      findings: [finding('input-invalid', errorMessage(error), path)],
    };
  }
}
