import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * Labelled form controls for the dry-run editor. Every control has a visible <label>; an error
 * for the field (a zod issue at its path) is tied to it with aria-describedby.
 */

interface Common {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Marks the control for tests and for focusing a field from a finding. */
  name?: string;
}

export function Described({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} class="pbd-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} class="pbd-field-error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    multiline?: boolean;
    placeholder?: string;
    mono?: boolean;
  },
) {
  const id = useId();
  const common = {
    id,
    name: props.name,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.hint, props.error),
    spellcheck: false,
    onInput: (e: Event) =>
      props.onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="pbd-field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea class="pb-textarea" rows={3} {...common} />
      ) : (
        <input
          type="text"
          class={`pb-input${props.mono === false ? ' pbd-plain' : ''}`}
          {...common}
        />
      )}
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** What a number box holds: undefined when empty (or not a number), which means "not set". */
export function numberOf(text: string): number | undefined {
  const number = Number(text);
  return text.trim() === '' || !Number.isFinite(number) ? undefined : number;
}

/** A number input; an empty box means "not set" (undefined). */
export function NumberField(
  props: Common & {
    value: number | undefined;
    onChange: (value: number | undefined) => void;
    step?: string;
    min?: number;
  },
) {
  const id = useId();
  return (
    <div class="pbd-field pbd-field-narrow">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="number"
        class="pb-input"
        step={props.step ?? 'any'}
        min={props.min}
        value={props.value ?? ''}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onInput={(e) => props.onChange(numberOf(e.currentTarget.value))}
      />
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

export function CheckboxField(
  props: Common & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const id = useId();
  return (
    <div class="pbd-field pbd-check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  const id = useId();
  return (
    <div class="pbd-field pbd-field-narrow">
      <label for={id}>{props.label}</label>
      <OptionSelect
        id={id}
        name={props.name}
        options={props.options}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={props.onChange}
      />
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A <select> over typed options: `onChange` gets the chosen option's value, never a stray string. */
export function OptionSelect<T extends string>({
  options,
  value,
  onChange,
  ...attributes
}: {
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  id?: string;
  name?: string | undefined;
  'aria-label'?: string;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}) {
  return (
    <select
      class="pb-select"
      {...attributes}
      value={value}
      onChange={(e) => {
        const chosen = options.find((o) => o.value === e.currentTarget.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A titled group of fields; a <fieldset> so screen readers announce the group. */
export function Group({
  legend,
  children,
  actions,
}: {
  legend: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <fieldset class="pbd-group">
      <legend>{legend}</legend>
      {actions && <div class="pbd-group-actions">{actions}</div>}
      {children}
    </fieldset>
  );
}
