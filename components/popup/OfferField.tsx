import type { Ref } from 'preact';
import { FindingList } from './FindingList';
import { useFindingDisplay } from './finding-display-context';
import type { EffectiveField } from './model/effective-offer';
import { displaySeverity } from './model/finding-display';
import type { TargetedFinding } from './model/finding-targets';
import type { QuickFix, QuickFixAction } from './quick-fixes';
import { SourceBadge } from './SourceBadge';

export interface OfferFieldProps {
  id: string;
  label: string;
  field: EffectiveField<string>;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  onInput: (value: string) => void;
  onReset: () => void;
  findings?: readonly TargetedFinding[];
  fixesFor?: (finding: TargetedFinding) => QuickFix[];
  onFix?: (action: QuickFixAction) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** Remembers the caret so the macro palette can insert where the user was typing. */
  onCaret?: (start: number, end: number) => void;
}

/** One offer field: its value (typed wins over read), where it came from, and its findings. */
export function OfferField(props: OfferFieldProps) {
  const { id, label, field, findings = [], fixesFor = () => [], onFix = () => {} } = props;
  const display = useFindingDisplay();
  const findingsId = `${id}-findings`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint ? hintId : '', findings.length > 0 ? findingsId : '']
    .filter(Boolean)
    .join(' ');
  const caret = (event: Event) => {
    const target = event.currentTarget as HTMLTextAreaElement | HTMLInputElement;
    props.onCaret?.(
      target.selectionStart ?? target.value.length,
      target.selectionEnd ?? target.value.length,
    );
  };
  const common = {
    id,
    value: field.value,
    placeholder: props.placeholder,
    spellcheck: false,
    'aria-invalid': findings.some(
      (f) => displaySeverity(f, display.attempted, display.plain) === 'error',
    )
      ? ('true' as const)
      : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => {
      props.onInput((event.currentTarget as HTMLTextAreaElement).value);
      caret(event);
    },
    onSelect: caret,
    onKeyUp: caret,
    onClick: caret,
  };
  return (
    <div class="pb-field" data-field={id}>
      <div class="pb-field-head">
        <label for={id}>{label}</label>
        <SourceBadge
          source={field.source}
          canReset={field.read !== null}
          onReset={props.onReset}
          field={label}
        />
      </div>
      {props.multiline ? (
        <textarea class="pb-textarea" rows={3} ref={props.inputRef} {...common} />
      ) : (
        <input class="pb-input" type="text" {...common} />
      )}
      {props.hint && (
        <div class="pb-muted" id={hintId}>
          {props.hint}
        </div>
      )}
      <FindingList findings={findings} fixesFor={fixesFor} onFix={onFix} id={findingsId} />
    </div>
  );
}
