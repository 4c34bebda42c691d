/** Symbols Affise shows before amounts; `¥` is left out because it names two currencies. */
const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '₹': 'INR',
};

export interface ParsedAmount {
  amount: number;
  currency?: string;
}

/**
 * Reads a payout cell such as `2.50`, `$2.50`, `2,50 EUR` or `1,200.00 USD`. Returns null for
 * what is not one amount (`10%` revenue shares, ranges, words), so the caller can report it.
 */
export function parseAmount(text: string): ParsedAmount | null {
  let rest = text.replace(/\s+/g, ' ').trim();
  if (rest === '' || rest.includes('%')) return null;
  let currency: string | undefined;
  const code = /\b([A-Z]{3})\b/.exec(rest);
  if (code?.[1]) {
    currency = code[1];
    rest = rest.replace(code[0], '');
  }
  for (const [symbol, symbolCurrency] of Object.entries(CURRENCY_SYMBOLS)) {
    if (rest.includes(symbol)) {
      currency ??= symbolCurrency;
      rest = rest.replace(symbol, '');
    }
  }
  rest = rest.replace(/[\s\u00a0\u202f]/g, '');
  rest = rest.includes('.') ? rest.replace(/,/g, '') : rest.replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(rest)) return null;
  const amount = Number(rest);
  return Number.isFinite(amount) ? { amount, ...(currency ? { currency } : {}) } : null;
}
