import fc from 'fast-check';
import { propertySeed } from './property-runs';

// Same inputs on every `npm test` run (see property-runs.ts); a failure prints its seed either way.
const seed = propertySeed();
if (seed !== undefined) fc.configureGlobal({ seed });
