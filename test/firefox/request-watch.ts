import { z } from 'zod/mini';
import type { ChromeWindow } from './chrome-window';

export interface SeenRequest {
  url: string;
  /** The add-on that caused it ('' for a web page or Firefox itself). */
  addonId: string;
}

const SeenSchema = z.array(z.object({ url: z.string(), addonId: z.string() }));

/**
 * Every HTTP(S) request Firefox starts, from any page, extension page, background or content
 * script, observed in the parent process (`http-on-modify-request`) with the add-on whose
 * principal triggered it. Page-level request events would miss the background and extension pages.
 */
export class RequestWatch {
  readonly #window: ChromeWindow;

  private constructor(window: ChromeWindow) {
    this.#window = window;
  }

  static async start(window: ChromeWindow): Promise<RequestWatch> {
    await window.run(
      `
      globalThis.__postbridgeRequests = [];
      if (!globalThis.__postbridgeRequestObserver) {
        globalThis.__postbridgeRequestObserver = {
          observe(subject) {
            const channel = subject.QueryInterface(Ci.nsIHttpChannel);
            const info = channel.loadInfo;
            const addonId = info?.triggeringPrincipal?.addonId || info?.loadingPrincipal?.addonId || '';
            globalThis.__postbridgeRequests.push({ url: channel.URI.spec, addonId });
          },
        };
        Services.obs.addObserver(globalThis.__postbridgeRequestObserver, 'http-on-modify-request');
      }
      return null;`,
      z.null(),
    );
    return new RequestWatch(window);
  }

  /** The requests seen since the last call. */
  take(): Promise<SeenRequest[]> {
    return this.#window.run('return globalThis.__postbridgeRequests.splice(0);', SeenSchema);
  }
}
