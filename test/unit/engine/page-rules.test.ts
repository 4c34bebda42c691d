import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRY_RUN_RULES } from '../../../lib/catalog/dry-run-rules';
import { PAGE_RULES, type PageRule, pageFinding } from '../../../lib/catalog/page-rules';
import { RULES } from '../../../lib/catalog/rules';

const ROOT = join(__dirname, '../../..');
const SOURCE_DIRS = ['lib', 'utils', 'entrypoints', 'components'];
/** The only files allowed to write a severity by hand: the catalogues themselves. */
const CATALOGUES = [
  'lib/catalog/rules.ts',
  'lib/catalog/page-rules.ts',
  'lib/catalog/dry-run-rules.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  file: relative(ROOT, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));
const allSource = sources.map((s) => s.text).join('\n');
const catalogued = new Set([
  ...Object.keys(RULES),
  ...Object.keys(PAGE_RULES),
  ...Object.keys(DRY_RUN_RULES),
]);
const pageRules = Object.entries(PAGE_RULES) as [keyof typeof PAGE_RULES, PageRule][];

describe('page, storage and input finding catalogue', () => {
  it.each(pageRules)(
    '%s: has a description and either a public source or an internal reason',
    (code, rule) => {
      expect(rule.description).toMatch(/\.$/);
      const source = 'source' in rule ? rule.source : undefined;
      const internal = 'internal' in rule ? rule.internal : undefined;
      expect(
        (source === undefined) !== (internal === undefined),
        `${code} needs exactly one of source / internal`,
      ).toBe(true);
      if (source !== undefined) {
        expect(source).toMatch(
          /^https:\/\/(help\.adjust\.com|help-center\.affise\.com|api\.affise\.com)\//,
        );
      } else {
        expect(internal, `${code}: say why Postbridge reports it`).toMatch(/^[A-Z].{20,}\.$/);
      }
    },
  );

  it.each(pageRules)('%s: pageFinding takes its severity from the catalogue', (code, rule) => {
    expect(pageFinding(code, 'A sentence for the user.', 'offer')).toEqual({
      code,
      severity: rule.severity,
      message: 'A sentence for the user.',
      path: 'offer',
    });
  });

  it.each(pageRules)('%s: is reported somewhere in the code', (code) => {
    // The apply.* failures are built from their failure code (utils/apply-tracking-url.ts).
    const written = [`'${code}'`, `'${code.replace(/^apply\./, '')}'`];
    expect(
      written.some((text) => allSource.includes(text)),
      `${code} is catalogued but never reported`,
    ).toBe(true);
  });

  it('no code has two meanings across the catalogues', () => {
    const codes = [
      ...Object.keys(RULES),
      ...Object.keys(PAGE_RULES),
      ...Object.keys(DRY_RUN_RULES),
    ];
    expect(codes.length).toBe(new Set(codes).size);
  });
});

describe('findings outside the catalogues', () => {
  it('no finding is built with a hand-picked severity outside a catalogue', () => {
    const inline = sources
      .filter((s) => !CATALOGUES.includes(s.file))
      .flatMap((s) =>
        s.text
          .split('\n')
          .map((line, index) => ({ line, at: `${s.file}:${index + 1}` }))
          .filter(({ line }) => /severity: '(error|warning|info)'/.test(line))
          .map(({ at }) => at),
      );
    expect(inline, 'build these findings with finding(), pageFinding() or dryRunFinding()').toEqual(
      [],
    );
  });

  it('every finding code written in the code is in a catalogue', () => {
    const written = new Set<string>();
    const patterns = [
      /code: '([^']+)'/g,
      /\b(?:finding|pageFinding|dryRunFinding|pageError)\(\s*'([^']+)'/g,
      /'((?:affise|fill|apply|storage)\.[a-z][a-z-]*)'/g,
    ];
    for (const { text } of sources) {
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) written.add(match[1] as string);
      }
    }
    // `code: '…'` also names failure codes of messages (MessageError, TabFailure, API errors) and
    // zod issue codes: those are not findings, so only the finding-shaped ones are checked here.
    const findingCodes = [...written].filter(
      (code) => code.includes('.') || code === 'input-invalid' || catalogued.has(code),
    );
    expect(findingCodes.length).toBeGreaterThan(30);
    expect(findingCodes.filter((code) => !catalogued.has(code))).toEqual([]);
  });
});
