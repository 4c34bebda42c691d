import type { PopupTab } from '@/utils/popup-state';

const TABS: readonly { id: PopupTab; label: string }[] = [
  { id: 'build', label: 'Build link' },
  { id: 'dry-run', label: 'Dry run' },
];

/** The popup's two views, as an ARIA tab list (arrow keys move between tabs). */
export function Tabs({
  current,
  onChange,
}: {
  current: PopupTab;
  onChange: (tab: PopupTab) => void;
}) {
  const select = (index: number) => {
    const tab = TABS[(index + TABS.length) % TABS.length];
    if (!tab) return;
    onChange(tab.id);
    document.getElementById(`pb-tab-${tab.id}`)?.focus();
  };
  return (
    <div class="pb-tabs" role="tablist" aria-label="Views">
      {TABS.map((tab, index) => (
        <button
          key={tab.id}
          id={`pb-tab-${tab.id}`}
          type="button"
          role="tab"
          class="pb-tab"
          aria-selected={current === tab.id}
          aria-controls={`pb-panel-${tab.id}`}
          tabIndex={current === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') select(index + 1);
            else if (event.key === 'ArrowLeft') select(index - 1);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
