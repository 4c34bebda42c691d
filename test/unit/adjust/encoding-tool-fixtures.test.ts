import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  encodingToolFixtureCounts,
  encodingToolLabels,
  matchesLabel,
  normalizeLabel,
} from '../../../lib/adjust/encoding-tool-labels';
import {
  countEncodingFields,
  findEncodingFields,
  missingFields,
  readOutputLines,
} from '../../../lib/adjust/find-encoding-fields';
import { planEncodingFill } from '../../../lib/adjust/plan-encoding-fill';

const fixtureDir = fileURLToPath(new URL('../../fixtures/adjust/', import.meta.url));

function load(name: string) {
  return parseHTML(readFileSync(`${fixtureDir}${name}`, 'utf8')).document;
}

const attr = (node: { getAttribute?(name: string): string | null }, name: string) =>
  node.getAttribute?.(name) ?? null;

describe('Encoding tool labels against the committed fixtures', () => {
  for (const [fixture, expected] of Object.entries(encodingToolFixtureCounts)) {
    it(`${fixture} shows each field as often as encoding-tool-labels.ts promises`, () => {
      expect(countEncodingFields(load(fixture).body)).toEqual(expected);
    });
  }

  it('finds the right elements in the plain fixture', () => {
    const fields = findEncodingFields(load('encoding-tool.html').body);
    expect(fields.links.map((n) => attr(n, 'id'))).toEqual(['links']);
    expect(fields.install.map((n) => attr(n, 'id'))).toEqual(['install']);
    expect(fields.generated.map((n) => attr(n, 'id'))).toEqual(['generated']);
    expect(fields.addEvent.map((n) => attr(n, 'id'))).toEqual(['add-event']);
    expect(
      fields.eventRows.map((r) => [attr(r.token, 'class'), attr(r.callback, 'class')]),
    ).toEqual([['event-token', 'event-callback']]);
  });

  it('finds the right elements in the controlled fixture', () => {
    const fields = findEncodingFields(load('encoding-tool-controlled.html').body);
    expect(fields.links.map((n) => attr(n, 'data-field'))).toEqual(['links']);
    expect(fields.install.map((n) => attr(n, 'data-field'))).toEqual(['install']);
    expect(fields.generated.map((n) => attr(n, 'class'))).toEqual(['o2']);
    expect(
      fields.eventRows.map((r) => [attr(r.token, 'data-field'), attr(r.callback, 'data-field')]),
    ).toEqual([['token', 'callback']]);
  });

  it('counts every event row once a page has several', () => {
    const document = load('encoding-tool.html');
    const rows = document.getElementById('event-rows');
    const row = rows?.querySelector('.event-row');
    if (!rows || !row) throw new Error('fixture lost its event row');
    rows.append(row.cloneNode(true), row.cloneNode(true));
    const fields = findEncodingFields(document.body);
    expect(fields.eventRows).toHaveLength(3);
    expect(new Set(fields.eventRows.map((r) => r.row)).size).toBe(3);
  });

  it('finds nothing on a page without the tool and says what is missing where', () => {
    const { document } = parseHTML(
      '<html><body><h1>Links</h1><p>Install the SDK.</p><input></body></html>',
    );
    const fields = findEncodingFields(document.body);
    expect(countEncodingFields(document.body)).toEqual({
      links: 0,
      install: 0,
      eventRows: 0,
      addEvent: 0,
      generated: 0,
    });
    const plan = planEncodingFill('https://app.adjust.com/abc123', {
      link: 'https://app.adjust.com/abc123',
      kind: 'standard',
      callbacks: [
        {
          param: 'event_callback_abc111',
          activity: 'event',
          url: 'https://x.example/',
          encoded: '',
          goal: 'reg',
        },
      ],
    });
    const findings = missingFields(fields, plan, 'https://suite.adjust.com/other');
    expect(findings.map((f) => f.path)).toEqual(['links', 'install', 'events', 'generated']);
    for (const f of findings) {
      expect(f.severity).toBe('error');
      expect(f.message).toContain('https://suite.adjust.com/other');
    }
    expect(findings[1]?.message).toContain('“Install” callback (step 2)');
  });

  it('falls back to rows labelled "Event" when the row inputs have no names', () => {
    const { document } = parseHTML(
      `<html><body><div id="r1"><span>Event</span><input id="t1"><input id="c1"></div>
       <div id="r2"><span>Event</span><input id="t2"><input id="c2"></div></body></html>`,
    );
    const rows = findEncodingFields(document.body).eventRows;
    expect(
      rows.map((r) => [attr(r.row, 'id'), attr(r.token, 'id'), attr(r.callback, 'id')]),
    ).toEqual([
      ['r1', 't1', 'c1'],
      ['r2', 't2', 'c2'],
    ]);
  });

  it('skips parts hidden by markup', () => {
    const { document } = parseHTML(
      '<html><body><div hidden><label for="a">Install</label><input id="a"></div><div><span>Install</span><input id="b"></div></body></html>',
    );
    expect(findEncodingFields(document.body).install.map((n) => attr(n, 'id'))).toEqual(['b']);
  });
});

describe('readOutputLines', () => {
  it('reads a text field one line per link', () => {
    const { document } = parseHTML('<textarea id="o"></textarea>');
    const out = document.getElementById('o');
    if (!out) throw new Error('no textarea');
    Object.assign(out, { value: ' https://a.example/1 \n\nhttps://a.example/2\r\n' });
    expect(readOutputLines(out)).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('reads block elements and line breaks as lines', () => {
    const { document } = parseHTML(
      '<div id="o"><div><code>https://a.example/1</code></div><code>https://a.example/2</code>https://a.example/3<br>https://a.example/4<button>Copy</button></div>',
    );
    const out = document.getElementById('o');
    if (!out) throw new Error('no output');
    expect(readOutputLines(out)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
      'https://a.example/4',
    ]);
  });
});

describe('normalizeLabel', () => {
  const cases: [string, string][] = [
    ['  1.\u00a0ENTER   YOUR\n LINKS ', 'enter your links'],
    ['Install:', 'install'],
    ['Install *', 'install'],
    ['+ Add event', 'add event'],
    ['Step 3: Generated URLs', 'generated urls'],
    ['1. Add your client’s Adjust links', "add your client's adjust links"],
  ];
  for (const [raw, normalized] of cases) {
    it(JSON.stringify(raw), () => expect(normalizeLabel(raw)).toBe(normalized));
  }
  it.each([
    ['Install callback URL (optional)', 'install'],
    ['Step 2 – your install callback', 'install'],
    ['Generated URLs:', 'generated'],
    ['Event token *', 'eventToken'],
  ] as const)('matches %j, a label with qualifiers, as %s', (text, key) => {
    expect(matchesLabel(text, encodingToolLabels[key])).toBe(true);
  });

  it.each([
    ['Rejected install', 'install'],
    ['Install callback', 'eventCallback'],
    ['Event token', 'eventRow'],
  ] as const)('does not take %j for the %s label', (text, key) => {
    expect(matchesLabel(text, encodingToolLabels[key])).toBe(false);
  });

  it('does not match a longer sentence that contains a label', () => {
    expect(matchesLabel('Install the SDK', ['Install'])).toBe(false);
    expect(matchesLabel('', ['Install'])).toBe(false);
  });
});
