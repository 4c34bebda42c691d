import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../lib/core/error-message';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('Quota exceeded'), 'Quota exceeded'],
    ['an Error subclass', new TypeError('not a function'), 'not a function'],
    ['a string', 'Receiving end does not exist', 'Receiving end does not exist'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['a plain object', { message: 'x' }, '[object Object]'],
  ])('gives the text of %s', (_label, thrown, expected) => {
    expect(errorMessage(thrown)).toBe(expected);
  });
});
