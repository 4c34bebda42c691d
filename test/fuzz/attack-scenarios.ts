import { readFileSync } from 'node:fs';

/**
 * The inputs the adversarial review (issue 10) used, rebuilt from the example scenario so the tests
 * and `npm run fuzz` replay the same attacks.
 */
export function exampleScenario(): Record<string, unknown> & {
  activities: unknown[];
  affiliatePostbacks: unknown[];
} {
  return JSON.parse(readFileSync(new URL('../../examples/dry-run.json', import.meta.url), 'utf8'));
}

/**
 * 1.28 MB, inside every field limit: `statusChanges` status changes on one goal and 100 local POST
 * rules whose URL repeats `p={sum}&` 1,500 times. Unbounded, it built 277 MB of output at 10.
 */
export function multiplyingScenario(statusChanges = 25): Record<string, unknown> {
  const scenario = exampleScenario();
  scenario.offer = { ...(scenario.offer as object), defaultStatus: 2 };
  scenario.activities = [
    { kind: 'install' },
    ...Array.from({ length: statusChanges }, (_, i) => ({
      kind: 'status-change',
      goal: '1',
      status: i % 2 === 0 ? 2 : 1,
    })),
  ];
  scenario.affiliatePostbacks = Array.from({ length: 100 }, () => ({
    scope: 'local',
    method: 'POST',
    url: `https://aff.example/pb?${'p={sum}&'.repeat(1500)}`,
  }));
  return scenario;
}

/** A link of about `megabytes` MB: an Adjust link whose callback carries one long parameter. */
export function hugeLink(megabytes: number): string {
  const filler = 'a'.repeat(Math.round(megabytes * 1_000_000));
  return `https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.affise.com%2Fpostback%3Fclickid%3D{clickid}&x=${filler}`;
}
