/**
 * What the background sends every tab when taught fields change: content scripts cannot watch
 * storage.local, which is closed to them (entrypoints/background.ts), so they are told instead.
 * Its own module without zod: the Affise content script imports it and has a size budget.
 */
export const TAUGHT_CHANGED = { type: 'postbridgeTaughtChanged' } as const;
