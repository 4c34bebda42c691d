import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

declare const axe: {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact: string | null; nodes: unknown[] }[];
    passes: unknown[];
  }>;
};

/**
 * Serious and critical axe-core violations inside `selector`, as "rule (count)", and how many
 * checks passed (so a caller can tell axe really looked). Extension pages forbid inline scripts,
 * so axe's source is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousViolationsIn(
  page: Page,
  selector: string,
): Promise<{ serious: string[]; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(
    (include) =>
      axe.run(
        { include: [include] },
        {
          resultTypes: ['violations'],
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
        },
      ),
    selector,
  );
  return {
    serious: violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`),
    passes: passes.length,
  };
}
