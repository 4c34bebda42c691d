import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildLocator, type FieldLocator, matchLocator } from '../../../lib/page/locator';
import type { PageNode } from '../../../lib/page/node';

function page(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

function teach(doc: Document, selector: string, many = false): FieldLocator {
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${selector} is not in the page`);
  const built = buildLocator(doc.body as unknown as PageNode, target as unknown as PageNode, {
    many,
  });
  if (!built.ok) throw new Error(`could not teach ${selector}: ${built.reason}`);
  return built.locator;
}

function found(doc: Document, locator: FieldLocator, many = false): string[] {
  const match = matchLocator(doc.body as unknown as PageNode, locator, { many });
  if (match.status !== 'found') return [match.status];
  return match.nodes.map((node) => (node as unknown as Element).getAttribute('data-x') ?? '?');
}

const FORM = `
  <h2 class="a1">Tracking</h2>
  <div class="r7"><span class="l9">Weiterleitungs-Link</span><textarea class="t3" data-x="link">https://a</textarea></div>
  <div class="r7"><span class="l9">Vorschau</span><input class="i2" data-x="preview" value="https://b"></div>
  <h2 class="a1">Rückmeldungen</h2>
  <div class="r7"><label for="pb">Server-Rückmeldung *</label><input id="pb" name="postback" data-x="postback"></div>
`;

describe('buildLocator', () => {
  it('builds from stable evidence: kind, name, label, heading; never class names', () => {
    const doc = page(FORM);
    expect(teach(doc, '[data-x=link]')).toEqual({
      tag: 'textarea',
      label: 'weiterleitungs link',
      heading: 'tracking',
    });
    expect(teach(doc, '[data-x=postback]')).toEqual({
      tag: 'input',
      inputType: 'text',
      name: 'postback',
      id: 'pb',
      label: 'server rückmeldung',
      heading: 'rückmeldungen',
    });
    expect(JSON.stringify(teach(doc, '[data-x=preview]'))).not.toMatch(/r7|i2|l9|a1/);
  });

  it('leaves out ids that look generated and digit runs in names', () => {
    const doc = page(
      '<label for="input-8f3a2">Zielwert</label><input id="input-8f3a2" name="payouts[3][goal]" data-x="goal">',
    );
    expect(teach(doc, '[data-x=goal]')).toEqual({
      tag: 'input',
      inputType: 'text',
      name: 'payouts[#][goal]',
      label: 'zielwert',
    });
  });

  it('uses the header over a table column, and ARIA names', () => {
    const doc = page(`
      <table><thead><tr><th>Land</th><th>Zielwert</th></tr></thead>
      <tbody><tr><td>DE</td><td data-x="a">1</td></tr><tr><td>AT</td><td data-x="b">kauf</td></tr></tbody></table>
      <div role="textbox" aria-label="Ausgabe" data-x="out"></div>`);
    expect(teach(doc, '[data-x=a]', true)).toEqual({ tag: 'td', column: 'zielwert' });
    expect(teach(doc, '[data-x=out]')).toMatchObject({ role: 'textbox', label: 'ausgabe' });
  });

  it('records the position only when the evidence fits several elements', () => {
    const doc = page('<section><input data-x="1"><input data-x="2"></section>');
    expect(teach(doc, '[data-x="2"]').position).toEqual({ index: 1, of: 2 });
    expect(teach(page(FORM), '[data-x=link]').position).toBeUndefined();
  });
});

describe('matchLocator', () => {
  it('finds the taught field again after class names change', () => {
    const locator = teach(page(FORM), '[data-x=link]');
    const renamed = page(FORM.replace(/class="[^"]*"/g, 'class="zz-91ab"'));
    expect(found(renamed, locator)).toEqual(['link']);
  });

  it('finds the taught field again after the fields are reordered', () => {
    const locator = teach(page(FORM), '[data-x=postback]');
    const [tracking, postbacks] = FORM.split('<h2 class="a1">Rückmeldungen</h2>');
    const reordered = page(`<h2>Rückmeldungen</h2>${postbacks}${tracking}`);
    expect(found(reordered, locator)).toEqual(['postback']);
    expect(found(reordered, teach(page(FORM), '[data-x=link]'))).toEqual(['link']);
  });

  it('forgives a renamed heading when the rest still fits', () => {
    const locator = teach(page(FORM), '[data-x=link]');
    expect(found(page(FORM.replace('Tracking', 'Links')), locator)).toEqual(['link']);
  });

  it('refuses an ambiguous match instead of guessing', () => {
    const locator = teach(page(FORM), '[data-x=link]');
    const twice = page(`${FORM}${FORM.replace('data-x="link"', 'data-x="copy"')}`);
    expect(found(twice, locator)).toEqual(['ambiguous']);
  });

  it('uses the taught position only among as many similar elements as when taught', () => {
    const locator = teach(
      page('<section><input data-x="1"><input data-x="2"></section>'),
      '[data-x="2"]',
    );
    expect(found(page('<section><input data-x="a"><input data-x="b"></section>'), locator)).toEqual(
      ['b'],
    );
    expect(found(page('<section><input><input><input></section>'), locator)).toEqual(['ambiguous']);
  });

  it('reports a field that is gone', () => {
    const locator = teach(page(FORM), '[data-x=postback]');
    expect(found(page('<p>Nothing</p>'), locator)).toEqual(['missing']);
  });

  it('returns every row of a per-row field, in order', () => {
    const table = (rows: string) =>
      `<table><thead><tr><th>Land</th><th>Zielwert</th></tr></thead><tbody>${rows}</tbody></table>`;
    const locator = teach(
      page(table('<tr><td>DE</td><td data-x="a">1</td></tr>')),
      '[data-x=a]',
      true,
    );
    const more = page(
      table(
        '<tr><td>DE</td><td data-x="a">1</td></tr><tr><td>AT</td><td data-x="b">kauf</td></tr>',
      ),
    );
    expect(found(more, locator, true)).toEqual(['a', 'b']);
  });

  it('finds the fields of the other-language fixture once taught', () => {
    const html = readFileSync(
      new URL('../../fixtures/affise/offer-other-language.html', import.meta.url),
      'utf8',
    );
    const doc = parseHTML(html).document;
    const link = doc.querySelector('textarea');
    if (!link) throw new Error('fixture lost its textarea');
    const built = buildLocator(doc.body as unknown as PageNode, link as unknown as PageNode);
    expect(built).toMatchObject({ ok: true, locator: { label: 'weiterleitungs link' } });
    if (!built.ok) return;
    const again = matchLocator(parseHTML(html).document.body as unknown as PageNode, built.locator);
    expect(again.status).toBe('found');
  });
});
