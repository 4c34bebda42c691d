/** Shortens text quoted in a message to `max` characters, marking the cut with "…". */
export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
