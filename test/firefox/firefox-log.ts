/**
 * Everything Firefox reports while the suite runs, from two places:
 * - its stdout/stderr: with `devtools.console.stdout.content` every console call of a page, an
 *   extension page, the background or a content script is printed (`console.error: …`), and
 *   uncaught errors are printed as `JavaScript error: …`;
 * - Firefox's own window (the Browser Console, read through chrome-window.ts): uncaught errors,
 *   CSP violations and add-on warnings as nsIScriptError messages, which carry their source.
 * Console events do not reach extension pages through Puppeteer, so these are the only witnesses.
 */

export type LogSource = 'stdout' | 'browser-console';

export interface LogEntry {
  source: LogSource;
  /** The whole message; a stdout entry keeps its continuation lines (stacks). */
  text: string;
  /** True when the entry reports an error or warning rather than plain output. */
  problem: boolean;
}

export interface NoiseRule {
  pattern: RegExp;
  /** Why it is Firefox's, not the add-on's. */
  why: string;
}

/**
 * Lines Firefox ESR 153 logs by itself in this headless, offline set-up. They are listed (and
 * written to test/artifacts/firefox-noise.txt by the suite) but never counted against the add-on.
 */
export const FIREFOX_NOISE: readonly NoiseRule[] = [
  {
    pattern: /NavigationManager\.sys\.mjs|Handler function threw an exception/,
    why: 'the remote agent (WebDriver BiDi) trips over navigations to extension pages, Firefox bug 1755014',
  },
  {
    pattern: /RSLoader|nimbus|RemoteSettings|remote-settings/i,
    why: 'Nimbus experiments try to sync with Remote Settings; the test profile has no network for it',
  },
  {
    pattern: /app\.normandy|Disabling Shield/,
    why: 'Normandy (Shield studies) has no server configured in the automation profile',
  },
  {
    pattern: /BackupService/,
    why: 'the profile backup service starts in a throw-away profile',
  },
  {
    pattern: /PrivateBrowsingUtils\.sys\.mjs|aWindow\.docShell is null/,
    why: 'a window closes while Firefox shuts down',
  },
  {
    pattern:
      /sendRemoveListener on closed conduit|Actor 'Conduits' destroyed before query 'RuntimeMessage'/,
    why: 'Firefox tears down the extension-API listeners (runtime.onMessage) of a content script whose page the test closed, after the page’s message channel is already gone (ConduitsChild.sys.mjs); the add-on removes no listener there itself; likewise a message the content script sent as its page closed is dropped with its channel',
  },
  {
    pattern: /Promise resolved after context unloaded/,
    why: 'an extension page was closed (by the test, as a user closes the popup) while a storage call it made was still answering; Firefox drops the late answer, the write itself already reached storage (the next popup shows it)',
  },
  {
    pattern: /^\[GFX\d-\]|RenderCompositorSWGL|glxtest|libEGL|Gtk-Message|dbus|ATK/,
    why: 'headless graphics and desktop integration without a display',
  },
  {
    pattern: /^\*\*\* You are running in headless mode|WebDriver BiDi listening|RemoteAgent\t/,
    why: 'launch banners of headless mode and the remote agent',
  },
];

/** A stdout line that starts a new message; any other line continues the one before it. */
const ENTRY_START =
  /^(console\.\w+:|JavaScript (error|warning):|Handler function threw|\[GFX|\*\*\*|WebDriver BiDi|\d{10,}\t|\[(Parent|Child) \d+|Crash Annotation)/;
const STDOUT_PROBLEM =
  /^(console\.(error|warn):|JavaScript (error|warning):|Handler function threw)/;

export class FirefoxLog {
  readonly entries: LogEntry[] = [];
  #partial = '';

  /** Feeds a chunk of the Firefox process's output. */
  addOutput(chunk: string): void {
    const text = this.#partial + chunk;
    const lines = text.split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) this.#addLine(line.replace(/\r$/, ''));
  }

  #addLine(line: string): void {
    if (line.trim() === '') return;
    const last = this.entries.at(-1);
    if (!ENTRY_START.test(line) && last?.source === 'stdout') {
      last.text += `\n${line}`;
      return;
    }
    this.entries.push({ source: 'stdout', text: line, problem: STDOUT_PROBLEM.test(line) });
  }

  /** Adds a message read from the Browser Console. */
  addBrowserConsole(text: string, problem: boolean): void {
    this.entries.push({ source: 'browser-console', text, problem });
  }

  /** The position to pass to `problemsSince` for "from now on". */
  mark(): number {
    return this.entries.length;
  }

  /** Errors and warnings after `mark` that are not Firefox's own. */
  problemsSince(mark = 0): LogEntry[] {
    return this.entries.slice(mark).filter((entry) => entry.problem && !noiseRuleFor(entry));
  }

  /** Entries Firefox logged by itself, with the reason each is ignored. */
  noise(): { entry: LogEntry; why: string }[] {
    return this.entries.flatMap((entry) => {
      const rule = noiseRuleFor(entry);
      return rule ? [{ entry, why: rule.why }] : [];
    });
  }
}

export function noiseRuleFor(entry: LogEntry): NoiseRule | undefined {
  return FIREFOX_NOISE.find((rule) => rule.pattern.test(entry.text));
}
