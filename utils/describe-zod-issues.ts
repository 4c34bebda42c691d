// The engine owns it (lib/ code describes zod issues too); kept here so utils/ imports stay short.
export { describeZodIssues } from '@/lib/core/describe-zod-issues';
