import type { Browser } from 'puppeteer-core';
import { z } from 'zod/mini';

/**
 * Firefox's own browser window (chrome://browser/content/browser.xhtml), reached over WebDriver
 * BiDi. With `--remote-allow-system-access`, `browsingContext.getTree` accepts `moz:scope: chrome`
 * and `script.evaluate` runs there with Firefox's privileges: the suite reads the Browser Console,
 * the add-on's manifest warnings and every HTTP request from it. Puppeteer has no public API for
 * chrome scope, so this uses its BiDi connection directly (`Browser.connection`, internal in
 * puppeteer-core 25).
 */

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

const TreeSchema = z.object({
  contexts: z.array(z.object({ context: z.string(), url: z.string() })),
});

const EvaluateSchema = z.union([
  z.object({
    type: z.literal('success'),
    result: z.object({ type: z.literal('string'), value: z.string() }),
  }),
  z.object({
    type: z.literal('exception'),
    exceptionDetails: z.object({ text: z.string() }),
  }),
]);

function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error(
      'This puppeteer-core has no BiDi connection on Browser; chrome scope needs one.',
    );
  }
  return connection;
}

export class ChromeWindow {
  readonly #connection: BidiConnection;
  readonly #context: string;

  private constructor(connection: BidiConnection, context: string) {
    this.#connection = connection;
    this.#context = context;
  }

  static async of(browser: Browser): Promise<ChromeWindow> {
    const connection = connectionOf(browser);
    const reply = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = TreeSchema.parse(reply.result).contexts.find((context) =>
      context.url.startsWith('chrome://browser/'),
    );
    if (!window) throw new Error('Firefox shows no browser window in chrome scope.');
    return new ChromeWindow(connection, window.context);
  }

  /**
   * Runs `body` (the statements of an async function, with Firefox's `Services`, `ChromeUtils`,
   * `Ci`, …) in the browser window and returns what it returns, through JSON.
   */
  async run<T>(body: string, schema: z.ZodMiniType<T>): Promise<T> {
    const expression = `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`;
    const reply = await this.#connection.send('script.evaluate', {
      expression,
      target: { context: this.#context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const result = EvaluateSchema.parse(reply.result);
    if (result.type === 'exception') {
      throw new Error(`Chrome-scope script failed: ${result.exceptionDetails.text}`);
    }
    return schema.parse(JSON.parse(result.result.value));
  }
}
