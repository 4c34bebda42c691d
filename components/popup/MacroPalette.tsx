import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { SHARED_MACRO_NAMES } from '@/lib/catalog/macro-names';
import { ADJUST_PLACEHOLDERS, AFFISE_CLICK_MACROS, type MacroEntry } from '@/lib/catalog/macros';

type Owner = 'affise' | 'adjust';

interface PaletteEntry {
  name: string;
  description: string;
  example: string;
  /** Shared names are filled by whichever system the user picks (Adjust by default). */
  shared: boolean;
  system: Owner;
}

const SYSTEM_LABEL: Record<Owner, string> = {
  affise: 'Affise fills at click time',
  adjust: 'Adjust fills when it fires',
};

function toEntry(macro: MacroEntry): PaletteEntry {
  return {
    name: macro.name,
    description: macro.description,
    example: macro.example,
    shared: SHARED_MACRO_NAMES.has(macro.name),
    system: macro.system === 'adjust' ? 'adjust' : 'affise',
  };
}

// Shared names are listed once, under Adjust, with the choice of who fills them.
const ENTRIES: readonly PaletteEntry[] = [
  ...AFFISE_CLICK_MACROS.filter((m) => !SHARED_MACRO_NAMES.has(m.name)).map(toEntry),
  ...ADJUST_PLACEHOLDERS.map(toEntry),
];

/** Entries whose name, description or filler contain every word of `query`. */
function matching(query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return ENTRIES.filter((entry) => {
    const haystack =
      `${entry.name} ${entry.description} ${SYSTEM_LABEL[entry.system]}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** ↑/↓ through the macro buttons; above the first one, back to the search field. */
function moveFocus(
  list: HTMLUListElement | null,
  search: HTMLInputElement | null,
  from: Element | null,
  step: number,
) {
  const all = [...(list?.querySelectorAll<HTMLButtonElement>('button.pb-macro') ?? [])];
  const index = from ? all.indexOf(from as HTMLButtonElement) : -1;
  const next = all[index + step];
  if (next) next.focus();
  else if (index + step < 0) search?.focus();
}

export interface MacroPaletteProps {
  onInsert: (macro: string) => void;
  sharedMacros: Record<string, Owner>;
  onSharedMacro: (name: string, owner: Owner) => void;
}

/** Searchable Affise macros and Adjust placeholders; choosing one inserts it into the postback. */
export function MacroPalette({ onInsert, sharedMacros, onSharedMacro }: MacroPaletteProps) {
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => matching(query), [query]);

  const move = (from: Element | null, step: number) =>
    moveFocus(listRef.current, searchRef.current, from, step);
  const onListKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      searchRef.current?.focus();
    }
  };

  return (
    <details class="pb-palette" data-section="macro-palette">
      <summary>Macro palette: insert an Affise macro or Adjust placeholder</summary>
      <PaletteSearch
        query={query}
        inputRef={searchRef}
        onQuery={setQuery}
        onDown={() => move(null, 1)}
      />
      <ul
        class="pb-palette-list"
        ref={listRef}
        aria-label="Macros and placeholders"
        onKeyDown={onListKey}
      >
        {shown.map((entry) => (
          <PaletteItem
            key={`${entry.system}-${entry.name}`}
            entry={entry}
            owner={entry.shared ? (sharedMacros[entry.name] ?? 'adjust') : entry.system}
            onInsert={onInsert}
            onSharedMacro={onSharedMacro}
          />
        ))}
        {shown.length === 0 && (
          <li class="pb-muted" style={{ padding: '6px 8px' }}>
            No macro matches “{query}”.
          </li>
        )}
      </ul>
    </details>
  );
}

interface PaletteItemProps {
  entry: PaletteEntry;
  owner: Owner;
  onInsert: (macro: string) => void;
  onSharedMacro: (name: string, owner: Owner) => void;
}

/** One macro: pressing it inserts it; a name both systems fill also says who fills it here. */
function PaletteItem({ entry, owner, onInsert, onSharedMacro }: PaletteItemProps) {
  return (
    <li>
      <button
        type="button"
        class="pb-macro"
        data-macro={entry.name}
        onClick={() => onInsert(`{${entry.name}}`)}
      >
        <span class="pb-macro-head">
          <code>{`{${entry.name}}`}</code>
          <span class={`pb-badge pb-system-${owner}`}>
            {entry.shared ? `Both systems — ${SYSTEM_LABEL[owner]}` : SYSTEM_LABEL[owner]}
          </span>
        </span>
        <span>
          {entry.description} <span class="pb-muted">e.g. {entry.example}</span>
        </span>
      </button>
      {entry.shared && (
        <div class="pb-row" style={{ padding: '0 8px 6px' }}>
          <label class="pb-muted" for={`pb-shared-${entry.name}`}>
            In callbacks, {`{${entry.name}}`} is filled by
          </label>
          <select
            id={`pb-shared-${entry.name}`}
            class="pb-select"
            value={owner}
            onChange={(event) =>
              onSharedMacro(
                entry.name,
                (event.currentTarget as HTMLSelectElement).value === 'affise' ? 'affise' : 'adjust',
              )
            }
          >
            <option value="adjust">Adjust (device value)</option>
            <option value="affise">Affise (click value)</option>
          </select>
        </div>
      )}
    </li>
  );
}

interface PaletteSearchProps {
  query: string;
  inputRef: Ref<HTMLInputElement>;
  onQuery: (query: string) => void;
  /** ↓ goes from the search field to the first macro. */
  onDown: () => void;
}

function PaletteSearch({ query, inputRef, onQuery, onDown }: PaletteSearchProps) {
  return (
    <>
      <label class="pb-visually-hidden" for="pb-palette-search">
        Search macros and placeholders
      </label>
      <input
        id="pb-palette-search"
        ref={inputRef}
        class="pb-input"
        type="search"
        placeholder="Search: revenue, country, sub1…"
        value={query}
        aria-describedby="pb-palette-help"
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onDown();
          }
        }}
      />
      <p class="pb-muted" id="pb-palette-help">
        Press a macro (or Enter on it) to insert it into the postback at the cursor. ↑/↓ move
        through the list.
      </p>
    </>
  );
}
