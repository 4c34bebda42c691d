// Temporary: lib/dry-run/run-dry-run.ts, edited on another branch, still imports './url-template'.
// Remove this folder once it imports './fast/url-template'.
export * from '../fast/url-template';
