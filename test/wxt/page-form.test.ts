import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asControl, isShown, isWritable, readField, writeField } from '@/utils/page-form';

const PAGE = `<html><body>
  <input id="plain" value="before">
  <textarea id="area">old text</textarea>
  <input id="off" disabled>
  <input id="locked" readonly>
  <div id="editable" contenteditable="true">typed text</div>
</body></html>`;

/** A page parsed with linkedom; it has no FocusEvent and no layout, so both are stood in for. */
function loadPage() {
  const { document, window } = parseHTML(PAGE);
  class FocusEvent extends window.Event {}
  Object.assign(window, { FocusEvent });
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('HTMLElement', window.HTMLElement);
  const byId = (id: string) => {
    const control = asControl(document.getElementById(id));
    if (!control) throw new Error(`no control #${id}`);
    return control;
  };
  return { document, byId };
}

let page: ReturnType<typeof loadPage>;
beforeEach(() => {
  page = loadPage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('writeField', () => {
  it('writes as typing would: focus, input, change, blur, in that order, bubbling where typing does', () => {
    const input = page.byId('plain');
    const seen: string[] = [];
    for (const type of ['focus', 'focusin', 'input', 'change', 'blur', 'focusout'])
      input.addEventListener(type, (event) => seen.push(`${type}${event.bubbles ? '↑' : ''}`));
    const bodySaw: string[] = [];
    page.document.body.addEventListener('input', () => bodySaw.push('input'));
    expect(writeField(input, 'https://app.adjust.com/abc')).toEqual({
      previous: 'before',
      now: 'https://app.adjust.com/abc',
    });
    expect(seen).toEqual(['focus', 'focusin↑', 'input↑', 'change↑', 'blur', 'focusout↑']);
    expect(bodySaw).toEqual(['input']);
  });

  it('goes through the prototype’s setter, past a wrapper a framework put on the element', () => {
    const input = page.byId('plain');
    const wrapped = vi.fn();
    // What React's value tracker does: an own `value` property on the element.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => 'tracked',
      set: wrapped,
    });
    writeField(input, 'new');
    expect(wrapped).not.toHaveBeenCalled();
    Reflect.deleteProperty(input, 'value');
    expect(readField(input)).toBe('new');
  });

  it('writes a textarea’s value and an editable element’s text', () => {
    expect(writeField(page.byId('area'), 'line 1\nline 2')).toEqual({
      previous: 'old text',
      now: 'line 1\nline 2',
    });
    expect(writeField(page.byId('editable'), 'callback')).toEqual({
      previous: 'typed text',
      now: 'callback',
    });
  });

  it('reads back what the page made of the value', () => {
    const input = page.byId('plain');
    input.addEventListener('change', () => {
      Reflect.set(input, 'value', 'normalised');
    });
    expect(writeField(input, 'raw')).toEqual({ previous: 'before', now: 'normalised' });
  });
});

describe('isWritable', () => {
  it.each([
    ['plain', true],
    ['area', true],
    ['off', false],
    ['locked', false],
  ])('#%s → %s', (id, writable) => {
    expect(isWritable(page.byId(id))).toBe(writable);
  });
});

describe('isShown', () => {
  it('asks the browser when it can (checkVisibility sees hidden ancestors too)', () => {
    const input = page.byId('plain');
    Object.assign(input, { checkVisibility: () => false });
    expect(isShown(input)).toBe(false);
    Object.assign(input, { checkVisibility: () => true });
    expect(isShown(input)).toBe(true);
  });

  it('falls back to the element’s boxes', () => {
    const input = page.byId('plain');
    Object.assign(input, { getClientRects: () => [] });
    expect(isShown(input)).toBe(false);
    Object.assign(input, { getClientRects: () => [{ width: 10 }] });
    expect(isShown(input)).toBe(true);
  });

  it('lets text through, so a walker can use it as its filter', () => {
    const text = page.document.getElementById('editable')?.firstChild;
    expect(text?.nodeType).toBe(3);
    if (text) expect(isShown(text)).toBe(true);
  });
});

describe('asControl', () => {
  it('is null for what is not an element', () => {
    expect(asControl(undefined)).toBeNull();
    expect(asControl(null)).toBeNull();
    expect(asControl(page.document.getElementById('editable')?.firstChild)).toBeNull();
  });
});
