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
 * Runs axe-core in the page, on the whole document or inside `selector`. Extension pages forbid
 * inline scripts (CSP script-src 'self'), so `addScriptTag` is refused there; the source is
 * evaluated through the DevTools protocol instead, which the page's CSP does not govern.
 */
async function runAxe(page: Page, selector: string | null) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (include) =>
      axe.run(include === null ? document : { include: [include] }, {
        resultTypes: ['violations'],
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
      }),
    selector,
  );
}

const isSerious = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** Serious and critical violations on the whole page, each with where and why. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await runAxe(page, null);
  // axe ran and checked something: a page it could not analyse would pass vacuously.
  expect(passes.length).toBeGreaterThan(10);
  return violations
    .filter(isSerious)
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`)
          .join('\n')}`,
    );
}

/**
 * Serious and critical violations inside `selector`, as "rule (count)", and how many checks passed
 * (so a caller can tell axe really looked).
 */
export async function seriousViolationsIn(
  page: Page,
  selector: string,
): Promise<{ serious: string[]; passes: number }> {
  const { violations, passes } = await runAxe(page, selector);
  return {
    serious: violations.filter(isSerious).map((v) => `${v.id} (${v.nodes.length})`),
    passes: passes.length,
  };
}
