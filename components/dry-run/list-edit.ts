/**
 * Pure list edits behind the scenario editor's repeated rows (goals, activities, rules): each
 * returns a new array and leaves the given one as it was, as Preact state wants.
 */

/** `list` with the entry at `index` replaced by `next`. */
export function replaceAt<T>(list: readonly T[], index: number, next: T): T[] {
  return list.map((entry, i) => (i === index ? next : entry));
}

/** `list` without the entry at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * `list` with the entry at `index` swapped with its neighbour `by` places away (-1: up, 1: down);
 * null when that neighbour does not exist, so the caller changes nothing.
 */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] | null {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return null;
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** An empty text box leaves an optional field out of the scenario. */
export const optionalText = (text: string): string | undefined => (text === '' ? undefined : text);

/** The edits a list editor's rows make, bound to the list and to where its next version goes. */
export interface ListEdits<T> {
  replace: (index: number, next: T) => void;
  remove: (index: number) => void;
  /** Does nothing when the neighbour `by` places away does not exist. */
  move: (index: number, by: number) => void;
  append: (entry: T) => void;
}

export function listEdits<T>(list: readonly T[], onChange: (next: T[]) => void): ListEdits<T> {
  return {
    replace: (index, next) => onChange(replaceAt(list, index, next)),
    remove: (index) => onChange(removeAt(list, index)),
    move: (index, by) => {
      const moved = moveItem(list, index, by);
      if (moved) onChange(moved);
    },
    append: (entry) => onChange([...list, entry]),
  };
}
