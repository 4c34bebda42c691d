import type { ComponentChildren } from 'preact';

/**
 * The buttons of the scenario editor's repeated rows (activities, goals, caps, affiliate
 * postbacks). `item` names the row for screen readers, as "activity 2" or "goal purchase".
 */

/** A small button beside or under a row. */
function SmallButton({
  children,
  ...attributes
}: {
  'aria-label'?: string;
  disabled?: boolean;
  onClick: () => void;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="pb-button pb-small" {...attributes}>
      {children}
    </button>
  );
}

/** Adds a row with its defaults. */
export function AddItemButton({ text, onAdd }: { text: string; onAdd: () => void }) {
  return <SmallButton onClick={onAdd}>{text}</SmallButton>;
}

/** Removes the row; disabled where the list must keep it (an offer's last goal). */
export function RemoveItemButton(props: {
  item: string;
  disabled?: boolean;
  onRemove: () => void;
}) {
  return (
    <SmallButton
      aria-label={`Remove ${props.item}`}
      disabled={props.disabled}
      onClick={props.onRemove}
    >
      Remove
    </SmallButton>
  );
}

/** Moves row `index` of `count` one place up or down; the end rows cannot move past the end. */
export function MoveItemButtons(props: {
  item: string;
  index: number;
  count: number;
  onMove: (by: number) => void;
}) {
  return (
    <>
      <SmallButton
        aria-label={`Move ${props.item} up`}
        disabled={props.index === 0}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </SmallButton>
      <SmallButton
        aria-label={`Move ${props.item} down`}
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(1)}
      >
        ↓
      </SmallButton>
    </>
  );
}
