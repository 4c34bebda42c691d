import { z } from 'zod/mini';
import type { ChromeWindow } from './chrome-window';
import type { FirefoxLog } from './firefox-log';

const MessagesSchema = z.array(
  z.object({ text: z.string(), error: z.boolean(), source: z.string() }),
);

/**
 * Listens to Firefox's console service (what the Browser Console shows) from the browser window:
 * uncaught errors of every page and of the background, CSP violations, add-on warnings. Messages
 * wait in the window until `drainInto` moves them into the log.
 */
export class BrowserConsole {
  readonly #window: ChromeWindow;

  private constructor(window: ChromeWindow) {
    this.#window = window;
  }

  static async listen(window: ChromeWindow): Promise<BrowserConsole> {
    await window.run(
      `
      globalThis.__postbridgeConsole = [];
      Services.console.registerListener({
        observe(message) {
          // A plain nsIConsoleMessage is a note (Firefox's own services log them), not an error.
          let entry = { text: message.message, error: false, source: '' };
          if (message instanceof Ci.nsIScriptError) {
            entry = {
              text: '[' + message.category + '] ' + message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ')',
              error: (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) === 0,
              source: message.sourceName,
            };
          }
          globalThis.__postbridgeConsole.push(entry);
        },
      });
      return null;`,
      z.null(),
    );
    return new BrowserConsole(window);
  }

  /**
   * Moves the waiting messages into `log`. Errors count as problems everywhere; warnings and notes
   * only when they concern the add-on (its pages, or its manifest), since web pages and Firefox
   * itself warn about things the add-on cannot change.
   */
  async drainInto(log: FirefoxLog, addon: { id: string; origin: string }): Promise<void> {
    const messages = await this.#window.run(
      'return globalThis.__postbridgeConsole.splice(0);',
      MessagesSchema,
    );
    for (const message of messages) {
      const concernsAddon =
        message.source.startsWith(addon.origin) ||
        message.text.includes(addon.id) ||
        /Reading manifest/.test(message.text);
      log.addBrowserConsole(message.text, message.error || concernsAddon);
    }
  }
}
