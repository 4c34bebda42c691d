// Temporary: lib/dry-run/affise-postback.ts, edited on another branch, still imports './postback-fields'.
// Remove this file once it imports './fast/postback-fields'.
export * from './fast/postback-fields';
