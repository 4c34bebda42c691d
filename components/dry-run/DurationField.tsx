import { useId, useState } from 'preact/hooks';
import { Described, describedBy, numberOf, OptionSelect } from './fields';

export interface Duration<U extends string> {
  value: number;
  unit: U;
}

/**
 * A number and its unit under one label. An empty number leaves the setting out; the unit picked
 * before a number is typed is remembered here, since the scenario has nowhere to keep it.
 */
export function DurationField<U extends string>(props: {
  label: string;
  name: string;
  hint: string;
  units: readonly { value: U; label: string }[];
  /** The unit shown before a number is typed: the first of `units` when left out. */
  initialUnit?: U;
  value: Duration<U> | undefined;
  error: string | undefined;
  onChange: (next: Duration<U> | undefined) => void;
}) {
  const id = useId();
  const first = props.initialUnit ?? (props.units[0]?.value as U);
  const [picked, setPicked] = useState<U>(props.value?.unit ?? first);
  const unit = props.value?.unit ?? picked;
  const described = describedBy(id, props.hint, props.error);
  return (
    <div class="pbd-field pbd-duration" data-duration={props.name}>
      <label for={id}>{props.label}</label>
      <div class="pbd-duration-inputs">
        <input
          id={id}
          name={props.name}
          type="number"
          class="pb-input"
          min={1}
          step="1"
          value={props.value?.value ?? ''}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          onInput={(e) => {
            const value = numberOf(e.currentTarget.value);
            props.onChange(value === undefined ? undefined : { value, unit });
          }}
        />
        {/* Named for screen readers: the number's label says it to the eye. */}
        <OptionSelect
          aria-label={`${props.label}, unit`}
          name={`${props.name}-unit`}
          options={props.units}
          value={unit}
          onChange={(next) => {
            setPicked(next);
            if (props.value) props.onChange({ ...props.value, unit: next });
          }}
        />
      </div>
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}
