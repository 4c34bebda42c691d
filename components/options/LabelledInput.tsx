/**
 * A label and its one-line box for a value typed exactly (a host, a key, an offer id): the browser
 * neither suggests earlier entries nor marks spelling in it.
 */
export function LabelledInput(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** A secret (the API key): shown as dots. */
  secret?: boolean;
  /** The on-screen keyboard to offer. */
  inputMode?: 'url' | 'numeric';
  placeholder?: string;
  /** The id of the text that says more about the value. */
  describedBy?: string;
}) {
  const box = {
    id: props.id,
    inputMode: props.inputMode,
    autoComplete: 'off',
    spellcheck: false,
    placeholder: props.placeholder,
    'aria-describedby': props.describedBy,
    value: props.value,
    onInput: (event: { currentTarget: HTMLInputElement }) =>
      props.onInput(event.currentTarget.value),
  };
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {/* Two elements, not one with a computed type: Preact types each input type apart. */}
      {props.secret ? <input type="password" {...box} /> : <input type="text" {...box} />}
    </>
  );
}
