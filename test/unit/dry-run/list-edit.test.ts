import { describe, expect, it } from 'vitest';
import {
  type ListEdits,
  listEdits,
  moveItem,
  optionalText,
  removeAt,
  replaceAt,
} from '@/components/dry-run/list-edit';

const list = ['a', 'b', 'c'] as const;

describe('the editor’s list edits', () => {
  it.each<[string, number, string[]]>([
    ['first', 0, ['x', 'b', 'c']],
    ['middle', 1, ['a', 'x', 'c']],
    ['last', 2, ['a', 'b', 'x']],
    ['outside: nothing replaced', 3, ['a', 'b', 'c']],
  ])('replaceAt the %s entry', (_, index, expected) => {
    expect(replaceAt(list, index, 'x')).toEqual(expected);
  });

  it.each<[string, number, string[]]>([
    ['first', 0, ['b', 'c']],
    ['middle', 1, ['a', 'c']],
    ['last', 2, ['a', 'b']],
    ['outside: nothing removed', 5, ['a', 'b', 'c']],
  ])('removeAt the %s entry', (_, index, expected) => {
    expect(removeAt(list, index)).toEqual(expected);
  });

  it.each<[string, number, number, string[] | null]>([
    ['up from the middle', 1, -1, ['b', 'a', 'c']],
    ['down from the middle', 1, 1, ['a', 'c', 'b']],
    ['down from the first', 0, 1, ['b', 'a', 'c']],
    ['up from the last', 2, -1, ['a', 'c', 'b']],
    ['up from the first: no neighbour', 0, -1, null],
    ['down from the last: no neighbour', 2, 1, null],
    ['an index outside the list', 3, -1, null],
  ])('moveItem %s', (_, index, by, expected) => {
    expect(moveItem(list, index, by)).toEqual(expected);
  });

  it('leaves the given list as it was', () => {
    const given = ['a', 'b'];
    replaceAt(given, 0, 'x');
    removeAt(given, 0);
    moveItem(given, 0, 1);
    expect(given).toEqual(['a', 'b']);
  });

  it.each<[string, string | undefined]>([
    ['', undefined],
    ['x', 'x'],
    [' ', ' '],
  ])('optionalText(%j) is %j', (text, expected) => {
    expect(optionalText(text)).toBe(expected);
  });

  it.each<[string, (edit: ListEdits<string>) => void, string[][]]>([
    ['replace', (edit) => edit.replace(1, 'x'), [['a', 'x', 'c']]],
    ['remove', (edit) => edit.remove(0), [['b', 'c']]],
    ['move', (edit) => edit.move(2, -1), [['a', 'c', 'b']]],
    ['move past the end: no change sent', (edit) => edit.move(2, 1), []],
    ['append', (edit) => edit.append('d'), [['a', 'b', 'c', 'd']]],
  ])('listEdits: %s sends the next list to onChange', (_, act, expected) => {
    const sent: string[][] = [];
    act(listEdits<string>(list, (next) => sent.push(next)));
    expect(sent).toEqual(expected);
  });
});
