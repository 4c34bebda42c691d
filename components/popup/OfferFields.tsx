import { ErrorBoundary } from './ErrorBoundary';
import { LinkKindField } from './LinkKindField';
import { lazyPart } from './lazy-part';
import type { TextFieldName } from './model/effective-offer';
import type { TargetedFinding } from './model/finding-targets';
import { OfferField } from './OfferField';
import type { QuickFix, QuickFixAction } from './quick-fixes';
import type { BuildState } from './use-build';
import { useMacroInsertion } from './use-macro-insertion';

const MacroPalette = lazyPart('The macro palette', () =>
  import('./MacroPalette').then((m) => m.MacroPalette),
);

export interface OfferFieldsProps {
  build: BuildState;
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
}

/** The offer's editable fields: typed values win over what was read, each with its findings. */
export function OfferFields({ build, fixesFor, onFix }: OfferFieldsProps) {
  const { model, actions, draft } = build;
  const { effective, findings } = model;
  const setPostback = (value: string) => actions.setManual('postbackUrl', value);
  const macros = useMacroInsertion(effective.postbackUrl.value, setPostback);
  const fieldFindings = (field: string) =>
    findings.filter((f) => f.target.kind === 'field' && f.target.field === field);
  const fieldProps = (field: TextFieldName) => ({
    field: effective[field],
    onInput: (value: string) => actions.setManual(field, value),
    onReset: () => actions.setManual(field, undefined),
    findings: fieldFindings(field),
    fixesFor,
    onFix,
  });
  return (
    <>
      <OfferField id="pb-title" label="Offer title" {...fieldProps('title')} />
      <OfferField
        id="pb-tracking-url"
        label="Adjust link (offer Tracking URL)"
        multiline
        placeholder="https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}"
        {...fieldProps('trackingUrl')}
      />
      <LinkKindField
        value={draft.linkKind}
        detected={model.trackingLink?.kind ?? 'unknown'}
        onChange={actions.setLinkKind}
        findings={fieldFindings('linkKind')}
        fixesFor={fixesFor}
        onFix={onFix}
      />
      <OfferField
        id="pb-postback-url"
        label="Affise postback (S2S)"
        multiline
        placeholder="https://offers-network.affise.com/postback?clickid={clickid}"
        hint="Type or paste the S2S (Postback) URL; insert macros from the palette below at the cursor."
        inputRef={macros.fieldRef}
        onCaret={macros.onCaret}
        {...fieldProps('postbackUrl')}
      />
      <ErrorBoundary name="The macro palette">
        <MacroPalette
          onInsert={macros.insert}
          sharedMacros={draft.sharedMacros}
          onSharedMacro={actions.setSharedMacro}
        />
      </ErrorBoundary>
      <OfferField id="pb-secure-code" label="Secure postback code" {...fieldProps('secureCode')} />
    </>
  );
}
