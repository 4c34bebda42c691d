/** Shows that a key is saved without showing it: dots and the last four characters. */
export function maskKey(key: string): string {
  if (key === '') return '';
  const visible = key.length > 8 ? key.slice(-4) : '';
  return `${'•'.repeat(8)}${visible}`;
}
