import { existsSync, realpathSync } from 'node:fs';

/**
 * Where the Firefox suite looks for a browser, in order. Debian's /usr/bin/firefox-esr is a
 * symlink to the real binary; Puppeteer needs the binary itself (a wrapper script would hide the
 * process whose stdout the suite reads), so each candidate is resolved.
 */
export const FIREFOX_CANDIDATES = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox',
] as const;

/** $POSTBRIDGE_FIREFOX, else the first candidate that exists; throws with what to install. */
export function findFirefox(env = process.env): string {
  const wanted = env.POSTBRIDGE_FIREFOX;
  if (wanted) {
    if (!existsSync(wanted)) {
      throw new Error(`POSTBRIDGE_FIREFOX points at ${wanted}, which does not exist.`);
    }
    return realpathSync(wanted);
  }
  const found = FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Firefox found (looked at ${FIREFOX_CANDIDATES.join(', ')}). Install it as root with ` +
        '`apt-get install -y firefox-esr`, or set POSTBRIDGE_FIREFOX=/path/to/firefox.',
    );
  }
  return realpathSync(found);
}
