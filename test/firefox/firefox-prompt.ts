import { z } from 'zod/mini';
import type { ChromeWindow } from './chrome-window';
import { until } from './pages/until';

/** The notification Firefox shows for `permissions.request` (browser/…/ExtensionsUI.sys.mjs). */
const PERMISSION_PROMPT = 'addon-webext-permissions';

const PromptSchema = z.union([z.null(), z.object({ text: z.string() })]);

/**
 * Firefox's own permission prompt, a doorhanger in the browser window that no page can reach: the
 * suite reads and answers it in chrome scope, as the user would click it.
 */
export class PermissionPrompt {
  constructor(private readonly window: ChromeWindow) {}

  /** Waits for the prompt and returns its text (the add-on's name and what it asks for). */
  waitForText(): Promise<string> {
    return until('Firefox’s permission prompt', async () => {
      const prompt = await this.window.run(
        `
        const panel = window.PopupNotifications.panel;
        const note = [...panel.children].find((child) => child.getAttribute('popupid') === ${JSON.stringify(PERMISSION_PROMPT)});
        return panel.state === 'open' && note ? { text: note.textContent.replace(/\\s+/g, ' ').trim() } : null;`,
        PromptSchema,
      );
      return prompt?.text;
    });
  }

  /** Clicks the prompt's main button ("Allow") or its secondary one ("Don’t allow"). */
  answer(allow: boolean): Promise<null> {
    return this.window.run(
      `
      const note = [...window.PopupNotifications.panel.children].find((child) => child.getAttribute('popupid') === ${JSON.stringify(PERMISSION_PROMPT)});
      if (!note) throw new Error('no permission prompt is open');
      (${allow} ? note.button : note.secondaryButton).click();
      return null;`,
      z.null(),
    );
  }
}
