// Temporary: lib/dry-run/run-dry-run.ts, edited on another branch, still imports './request-params'.
// Remove this file once it imports './fast/request-params'.
export * from './fast/request-params';
