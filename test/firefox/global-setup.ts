import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { ARTIFACTS, NOISE_FILE } from './artifacts';
import { findFirefox } from './firefox-binary';
import { EXTENSION_DIR } from './launch-firefox';

/** Fails the run once, with what to do, rather than once per file. */
export default function setup(): void {
  findFirefox();
  if (!existsSync(`${EXTENSION_DIR}manifest.json`)) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(NOISE_FILE, '');
}
