import { z } from 'zod/mini';
// The one locale, imported on its own: through `z.locales`, esbuild (the CLI bundle) keeps all of them.
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini registers no locale, so without this every issue reads only "Invalid input". Each
 * program that parses (the extension's pages, content scripts and service worker, the CLI, the
 * test runner) calls it once at start, so issues read "Invalid input: expected object, received
 * array" as users and tests expect. The messages are built when an issue is raised, so the call
 * only has to come before the first parse, not before the schemas are defined.
 */
export function configureZod(options: { jitless?: boolean } = {}): void {
  z.config({ ...en(), ...options });
}
