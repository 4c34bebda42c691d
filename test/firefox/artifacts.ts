import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** Beside Chromium's (test/e2e/popup.spec.ts writes popup-<theme>-<width>.png there). */
export const SCREENSHOTS = `${ARTIFACTS}screenshots/`;
/** Firefox's own log lines, with why each is ignored (emptied by global-setup.ts). */
export const NOISE_FILE = `${ARTIFACTS}firefox-noise.txt`;
