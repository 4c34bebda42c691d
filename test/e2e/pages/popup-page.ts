import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { ENCODING_TOOL_URL } from '../../../lib/adjust/encoding-tool-origin';
import { collectConsoleErrors, expect, type FixtureServer } from '../fixtures';

/** Where the extension opens Adjust's Encoding tool; host-resolver rules bring it to the fixture. */
export { ENCODING_TOOL_URL };
export const ENCODING_TOOL_PATH = new URL(ENCODING_TOOL_URL).pathname;

/** Serves test/fixtures/adjust/encoding-tool.html at the Encoding tool's real address. */
export function serveEncodingTool(server: FixtureServer): void {
  const html = readFileSync(
    new URL('../../fixtures/adjust/encoding-tool.html', import.meta.url),
    'utf8',
  );
  server.route(ENCODING_TOOL_PATH, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
}

/**
 * The popup as a user drives it, counting what the user does: opening the popup, each click, and
 * each field typed into (one action however many keys) are one action each.
 */
export class PopupPage {
  actions = 0;
  readonly consoleErrors: string[];

  private constructor(readonly page: Page) {
    this.consoleErrors = collectConsoleErrors(page);
  }

  /** Opens popup.html for `tabId` at popup size (800 × 600): the user's first action. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    query: { tab?: number; theme?: 'light' | 'dark' },
  ): Promise<PopupPage> {
    const page = await context.newPage();
    const popup = new PopupPage(page);
    await page.setViewportSize({ width: 800, height: 600 });
    const search = new URLSearchParams();
    if (query.tab !== undefined) search.set('tab', String(query.tab));
    if (query.theme) search.set('theme', query.theme);
    popup.actions++;
    await page.goto(`chrome-extension://${extensionId}/popup.html?${search}`);
    await expect(page.locator('[data-section="offer"]')).toBeVisible();
    await expect(page.locator('[data-section="next-step"]')).toBeVisible();
    return popup;
  }

  async click(target: Locator): Promise<void> {
    this.actions++;
    await target.click();
  }

  /** A key press where the focus is (e.g. Ctrl+V onto the page, Enter on a focused button). */
  async press(key: string): Promise<void> {
    this.actions++;
    await this.page.keyboard.press(key);
  }

  /** Clicks into a field and types `text` as keystrokes. */
  async type(target: Locator, text: string): Promise<void> {
    this.actions++;
    await target.click();
    await target.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  token(goal: string): Locator {
    return this.page.getByLabel(`Adjust event token, goal ${goal}`);
  }

  get finalLink(): Locator {
    return this.page.locator('[data-output="link"] [data-output-text]');
  }

  get copyLink(): Locator {
    return this.page.locator('[data-output="link"] button[data-copy]');
  }

  get primaryAction(): Locator {
    return this.page.locator('[data-section="next-step"] .pb-primary');
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Fails unless `target` is inside the 800 × 600 viewport without scrolling. */
  async expectOnFirstScreen(target: Locator, what: string): Promise<void> {
    const scrolled = await this.page.evaluate(() => window.scrollY);
    expect(scrolled, 'the page must not have scrolled').toBe(0);
    const box = await target.boundingBox();
    expect(box, `${what} is rendered`).not.toBeNull();
    if (!box) return;
    expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(
      box.y + box.height,
      `${what} ends above y = 600 (it ends at ${box.y + box.height})`,
    ).toBeLessThanOrEqual(600);
    expect(box.x + box.width, `${what} ends left of x = 800`).toBeLessThanOrEqual(800);
  }
}

/** Types an Adjust event token for each goal value (`{ purchase: 'pur123' }`) into the goal table. */
export async function mapTokens(page: Page, tokens: Readonly<Record<string, string>>) {
  for (const [goal, token] of Object.entries(tokens))
    await page.getByLabel(`Adjust event token, goal ${goal}`).fill(token);
}

/** A popup with everything on screen that has its own markup: findings, quick fixes, palette, output. */
export async function fillPopup(page: Page) {
  await page.locator('#pb-title').fill('Rocket Racing');
  await page.locator('#pb-tracking-url').fill('https://app.adjust.com/abc123?campaign={offer_id}');
  await page
    .locator('#pb-postback-url')
    .fill('http://offers-rocket.affise.com/postback?clickid={clickid}&sum={sum}&goal={goal}');
  for (const [value, token] of [
    ['1', ''],
    ['purchase', 'pur123'],
    ['reg', 'pur123'],
    ['level', 'LEVEL-5'],
  ] as const) {
    await page.getByRole('button', { name: 'Add goal' }).click();
    const row = await page.locator('tr[data-goal-row]').count();
    await page.getByLabel(`Goal value, row ${row}`).fill(value);
    if (token) await page.getByLabel(`Adjust event token, goal ${value}`).fill(token);
  }
  await page.getByText('Macro palette').click();
  await page.locator('[data-output="link"]').getByRole('button', { name: /Copy/ }).click();
  await expect(page.locator('[data-copy-gate]')).toBeVisible();
}
