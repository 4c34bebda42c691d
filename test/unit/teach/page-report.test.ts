import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { AFFISE_FIXTURES } from '../../../lib/affise/page-labels';
import { labelWords } from '../../../lib/page/label-words';
import type { PageNode } from '../../../lib/page/node';
import { buildPageReport } from '../../../lib/teach/page-report';
import { EXPECTED_OFFERS } from '../../fixtures/affise/expected-offers';
import { loadFixture } from '../affise/load-fixture';

const adjustDir = fileURLToPath(new URL('../../fixtures/adjust/', import.meta.url));
const ADJUST_FIXTURES = [
  'encoding-tool.html',
  'encoding-tool-controlled.html',
  'encoding-tool-renamed.html',
];

/** Every value a fixture holds: its expected offer's fields and every control value and code block. */
function valuesOf(root: PageNode, fixture: string): string[] {
  const doc = root as unknown as Document;
  const values = [...doc.querySelectorAll('input, textarea, code, pre, dd, td')].map((node) =>
    node instanceof Object && 'value' in node && typeof node.value === 'string' && node.value !== ''
      ? node.value
      : (node.textContent ?? ''),
  );
  const offer = EXPECTED_OFFERS[fixture as keyof typeof EXPECTED_OFFERS]?.offer;
  if (offer) {
    values.push(
      offer.title ?? '',
      offer.trackingUrl ?? '',
      offer.postbackUrl ?? '',
      offer.secureCode ?? '',
    );
    for (const goal of offer.goals ?? []) values.push(goal.value, goal.title);
  }
  return values.map((v) => v.trim()).filter((v) => v.length >= 3);
}

/** A value shows up in the report as written, or as the words the report is made of. */
function leaks(report: string, value: string): boolean {
  const words = labelWords(value)
    .map((w) => w.text)
    .join(' ');
  return (
    report.toLowerCase().includes(value.toLowerCase()) ||
    (words.length >= 3 && report.includes(words))
  );
}

const cases = [
  ...AFFISE_FIXTURES.map((fixture) => [fixture, loadFixture(fixture)] as const),
  ...ADJUST_FIXTURES.map((fixture) => [fixture, filledAdjustFixture(fixture)] as const),
];

/** An Encoding-tool fixture as a user leaves it after a fill: every field holds a callback. */
function filledAdjustFixture(fixture: string): PageNode {
  const { document } = parseHTML(readFileSync(`${adjustDir}${fixture}`, 'utf8'));
  document.querySelectorAll('textarea, input').forEach((field, index) => {
    const value = `https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=s3cr3t${index}`;
    field.setAttribute('value', value);
    field.textContent = value;
  });
  return document as unknown as PageNode;
}

describe.each(cases)('page report of %s', (fixture, root) => {
  const report = buildPageReport(
    root,
    'rocketcompany.affise.com',
    'the Tracking URL was not found',
  );

  it('names no value the page holds, no address beyond the host, no secure code', () => {
    const values = valuesOf(root, fixture);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values)
      expect(leaks(report, value), `the report shows “${value}”`).toBe(false);
    expect(report).not.toMatch(/https?:\/\//);
  });

  it('describes the structure: host, fields, headings', () => {
    expect(report).toContain('Host: rocketcompany.affise.com');
    expect(report).toMatch(/Fields \(kind/);
  });
});

describe('page report details', () => {
  it('keeps label words and column headers, withholds a heading that repeats a value', () => {
    const report = buildPageReport(
      loadFixture('offer-other-language.html'),
      'nordlicht.affise.com',
      'test',
    );
    expect(report).toContain('label: weiterleitungs link');
    expect(report).toContain(
      'columns: länder | zielwert | zielname | einnahmen | auszahlung; 2 data row(s)',
    );
    const table = buildPageReport(
      loadFixture('offer-table-layout.html'),
      'orbit.affise.com',
      'test',
    );
    expect(table).toContain('h1: (withheld)');
  });
});
