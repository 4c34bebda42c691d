import { useMemo, useRef, useState } from 'preact/hooks';
import {
  ADJUST_PLACEHOLDERS,
  AFFISE_CLICK_MACROS,
  type MacroEntry,
  SHARED_MACRO_NAMES,
} from '@/lib/catalog/macros';

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
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return ENTRIES.filter((entry) => {
      const haystack =
        `${entry.name} ${entry.description} ${SYSTEM_LABEL[entry.system]}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [query]);

  const buttons = () => [
    ...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.pb-macro') ?? []),
  ];
  const move = (from: Element | null, step: number) => {
    const all = buttons();
    const index = from ? all.indexOf(from as HTMLButtonElement) : -1;
    const next = all[index + step];
    if (next) next.focus();
    else if (index + step < 0) searchRef.current?.focus();
  };

  return (
    <details class="pb-palette" data-section="macro-palette">
      <summary>Macro palette: insert an Affise macro or Adjust placeholder</summary>
      <label class="pb-visually-hidden" for="pb-palette-search">
        Search macros and placeholders
      </label>
      <input
        id="pb-palette-search"
        ref={searchRef}
        class="pb-input"
        type="search"
        placeholder="Search: revenue, country, sub1…"
        value={query}
        aria-describedby="pb-palette-help"
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            move(null, 1);
          }
        }}
      />
      <p class="pb-muted" id="pb-palette-help">
        Press a macro (or Enter on it) to insert it into the postback at the cursor. ↑/↓ move
        through the list.
      </p>
      <ul
        class="pb-palette-list"
        ref={listRef}
        aria-label="Macros and placeholders"
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
          } else if (event.key === 'Escape') {
            searchRef.current?.focus();
          }
        }}
      >
        {shown.map((entry) => {
          const owner = entry.shared ? (sharedMacros[entry.name] ?? 'adjust') : entry.system;
          return (
            <li key={`${entry.system}-${entry.name}`}>
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
                        (event.currentTarget as HTMLSelectElement).value === 'affise'
                          ? 'affise'
                          : 'adjust',
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
        })}
        {shown.length === 0 && (
          <li class="pb-muted" style={{ padding: '6px 8px' }}>
            No macro matches “{query}”.
          </li>
        )}
      </ul>
    </details>
  );
}
