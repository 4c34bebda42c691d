import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { LabelledInput } from './LabelledInput';
import { type Notice, NoticeLine } from './notice';

/**
 * An options section listing entries the user adds by typing them (custom admin domains, sites
 * allowed to be filled): its title and why, the list, the "type an entry, press Add" row, and the
 * notice saying how the last change went. The section keeps the typed draft; `onAdd` checks it
 * and calls `clearDraft` once the entry is taken.
 */
export function EntryListSection(props: {
  /** Names the section's title and input ids: `po-<name>-title`, `po-<name>-input`. */
  name: string;
  title: string;
  intro: ComponentChildren;
  /** The entries so far (and anything the section says about them). */
  children: ComponentChildren;
  field: { label: string; placeholder: string; button: string };
  notice: Notice;
  onAdd: (draft: string, clearDraft: () => void) => void;
}) {
  const [draft, setDraft] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    props.onAdd(draft, () => setDraft(''));
  };
  const titleId = `po-${props.name}-title`;
  return (
    <section class="po-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      <p class="po-muted">{props.intro}</p>
      {props.children}
      <form class="po-row" onSubmit={submit}>
        <LabelledInput
          id={`po-${props.name}-input`}
          label={props.field.label}
          inputMode="url"
          placeholder={props.field.placeholder}
          value={draft}
          onInput={setDraft}
        />
        <button type="submit" class="po-button">
          {props.field.button}
        </button>
      </form>
      <NoticeLine notice={props.notice} />
    </section>
  );
}
