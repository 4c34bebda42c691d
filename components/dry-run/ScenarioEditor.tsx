import { useState } from 'preact/hooks';
import type { StatusCode } from '@/lib/affise/conversion-status';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
import { describeZodIssues } from '@/utils/describe-zod-issues';
import { ActivitiesEditor } from './ActivitiesEditor';
import { STATUS_OPTIONS } from './ActivityFields';
import { AffiliateRulesEditor } from './AffiliateRulesEditor';
import { DeviceEditor } from './DeviceEditor';
import { Group, NumberField, SelectField, TextField } from './fields';
import { GoalsEditor } from './GoalsEditor';
import { optionalText } from './list-edit';
import { OfferSettingsEditor } from './OfferSettingsEditor';
import type { IssueMap } from './scenario-issues';
import { TrackingLinkFields } from './TrackingLinkFields';

export interface ScenarioEditorProps {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Scenario) => void;
}

/** Everything a dry-run needs, as a form; "Scenario as JSON" edits the same data as text. */
export function ScenarioEditor({ scenario, issues, onChange }: ScenarioEditorProps) {
  return (
    <div class="pbd-editor">
      <OfferEditor scenario={scenario} issues={issues} onChange={onChange} />
      <ClickEditor scenario={scenario} issues={issues} onChange={onChange} />
      <DeviceEditor
        device={scenario.device}
        onChange={(device) => onChange({ ...scenario, device })}
      />
      <ActivitiesEditor
        scenario={scenario}
        issues={issues}
        onChange={(activities) => onChange({ ...scenario, activities })}
      />
      <AffiliateRulesEditor scenario={scenario} issues={issues} onChange={onChange} />
      <ReproducibilityEditor scenario={scenario} issues={issues} onChange={onChange} />
      <ScenarioJson scenario={scenario} onChange={onChange} />
    </div>
  );
}

type Offer = Scenario['offer'];
type SetOffer = (patch: Partial<Offer>) => void;

const LINK_KINDS: readonly { value: Offer['linkKind']; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'standard', label: 'Standard' },
  { value: 'branded', label: 'Branded (adj_)' },
];

/** The offer in Affise: its links, its terms, its goals and its optional settings. */
function OfferEditor({ scenario, issues, onChange }: ScenarioEditorProps) {
  const { offer } = scenario;
  const setOffer: SetOffer = (patch) => onChange({ ...scenario, offer: { ...offer, ...patch } });
  return (
    <Group legend="Offer">
      <div class="pbd-row">
        <TextField
          label="Offer id"
          name="offer-id"
          value={offer.id}
          error={issues.get('offer.id')}
          onChange={(id) => setOffer({ id })}
        />
        <TextField
          label="Offer name"
          mono={false}
          value={offer.name ?? ''}
          onChange={(name) => setOffer({ name: optionalText(name) })}
        />
      </div>
      <TextField
        label="Tracking URL (the Adjust link with callbacks)"
        name="tracking-url"
        multiline
        value={offer.trackingUrl}
        error={issues.get('offer.trackingUrl')}
        onChange={(trackingUrl) => setOffer({ trackingUrl })}
      />
      <TextField
        label="S2S postback (for later status changes)"
        value={offer.postbackUrl ?? ''}
        error={issues.get('offer.postbackUrl')}
        onChange={(postbackUrl) => setOffer({ postbackUrl: optionalText(postbackUrl) })}
      />
      <OfferTerms offer={offer} issues={issues} setOffer={setOffer} />
      <GoalsEditor goals={offer.goals} issues={issues} onChange={(goals) => setOffer({ goals })} />
      <OfferSettingsEditor scenario={scenario} issues={issues} onChange={onChange} />
    </Group>
  );
}

/** The offer's secure code, currency, default status and link kind, on one row. */
function OfferTerms({
  offer,
  issues,
  setOffer,
}: {
  offer: Offer;
  issues: IssueMap;
  setOffer: SetOffer;
}) {
  return (
    <div class="pbd-row">
      <TextField
        label="Secure postback code"
        value={offer.secureCode ?? ''}
        onChange={(secureCode) => setOffer({ secureCode: optionalText(secureCode) })}
      />
      <TextField
        label="Currency"
        value={offer.currency}
        error={issues.get('offer.currency')}
        onChange={(currency) => setOffer({ currency })}
      />
      <SelectField
        label="Status when the postback has none"
        value={`${offer.defaultStatus}`}
        options={STATUS_OPTIONS}
        onChange={(status) => setOffer({ defaultStatus: Number(status) as StatusCode })}
      />
      <SelectField
        label="Link kind"
        value={offer.linkKind}
        options={LINK_KINDS}
        onChange={(linkKind) => setOffer({ linkKind })}
      />
    </div>
  );
}

/** The click on the affiliate's tracking link, and the click id Affise gives it. */
function ClickEditor({ scenario, issues, onChange }: ScenarioEditorProps) {
  const { click } = scenario;
  const setClick = (patch: Partial<Scenario['click']>) =>
    onChange({ ...scenario, click: { ...click, ...patch } });
  return (
    <Group legend="Click on the affiliate's tracking link">
      <TrackingLinkFields
        value={click}
        issues={issues}
        issuePrefix="click."
        namePrefix="click-"
        onChange={setClick}
      />
      <TextField
        label="Click id (empty: drawn from the seed)"
        value={click.clickId ?? ''}
        error={issues.get('click.clickId')}
        onChange={(clickId) => setClick({ clickId: optionalText(clickId) })}
      />
    </Group>
  );
}

/** The seed and the click time: the same scenario with the same both runs the same. */
function ReproducibilityEditor({ scenario, issues, onChange }: ScenarioEditorProps) {
  return (
    <Group legend="Reproducibility">
      <div class="pbd-row">
        <NumberField
          label="Seed"
          min={0}
          step="1"
          value={scenario.seed}
          error={issues.get('seed')}
          onChange={(seed) => onChange({ ...scenario, seed: seed ?? 0 })}
        />
        <TextField
          label="Click time (ISO 8601, UTC)"
          value={scenario.startTime}
          error={issues.get('startTime')}
          onChange={(startTime) => onChange({ ...scenario, startTime })}
        />
      </div>
    </Group>
  );
}

/** The scenario as the CLI reads it: copy it out, or paste one in. */
function ScenarioJson({
  scenario,
  onChange,
}: {
  scenario: Scenario;
  onChange: (next: Scenario) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? JSON.stringify(scenario, null, 2);
  const apply = () => {
    let value: unknown;
    try {
      value = JSON.parse(shown);
    } catch (e) {
      setError(`Not valid JSON: ${(e as Error).message}`);
      return;
    }
    const parsed = ScenarioSchema.safeParse(value);
    if (!parsed.success) {
      setError(`Not a scenario: ${describeZodIssues(parsed.error)}`);
      return;
    }
    setError(null);
    setText(null);
    onChange(parsed.data);
  };
  return (
    <details class="pbd-details">
      <summary>Scenario as JSON (same format as postbridge dry-run)</summary>
      <TextField
        label="Scenario JSON"
        name="scenario-json"
        multiline
        value={shown}
        error={error ?? undefined}
        onChange={setText}
      />
      <div class="pbd-row">
        <button type="button" class="pb-button" disabled={text === null} onClick={apply}>
          Apply JSON
        </button>
        <button
          type="button"
          class="pb-button"
          disabled={text === null}
          onClick={() => {
            setText(null);
            setError(null);
          }}
        >
          Discard edits
        </button>
      </div>
    </details>
  );
}
