import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

declare const axe: {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
};

/**
 * Runs axe-core in the page. Extension pages forbid inline scripts (CSP script-src 'self'), so
 * `addScriptTag` is refused there; the source is evaluated through the DevTools protocol instead,
 * which the page's CSP does not govern.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(() =>
    axe.run(document, {
      resultTypes: ['violations'],
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
    }),
  );
  // axe ran and checked something: a page it could not analyse would pass vacuously.
  expect(passes.length).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`)
          .join('\n')}`,
    );
}
