import { useState } from 'preact/hooks';
import type { StatusCode } from '@/lib/conversion-status';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';
import { describeZodIssues } from '@/utils/describe-zod-issues';
import { ActivitiesEditor } from './ActivitiesEditor';
import { STATUS_OPTIONS } from './ActivityFields';
import { DeviceEditor } from './DeviceEditor';
import { Group, NumberField, SelectField, TextField } from './fields';
import { GoalsEditor } from './GoalsEditor';
import { OfferSettingsEditor } from './OfferSettingsEditor';
import { RulesEditor } from './RulesEditor';
import type { IssueMap } from './scenario-issues';
import { TrackingLinkFields } from './TrackingLinkFields';

export interface ScenarioEditorProps {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Scenario) => void;
}

/** Everything a dry-run needs, as a form; "Scenario as JSON" edits the same data as text. */
export function ScenarioEditor({ scenario, issues, onChange }: ScenarioEditorProps) {
  const { offer, click } = scenario;
  const setOffer = (patch: Partial<Scenario['offer']>) =>
    onChange({ ...scenario, offer: { ...offer, ...patch } });
  const setClick = (patch: Partial<Scenario['click']>) =>
    onChange({ ...scenario, click: { ...click, ...patch } });
  const optional = (text: string) => (text === '' ? undefined : text);
  return (
    <div class="pbd-editor">
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
            onChange={(name) => setOffer({ name: optional(name) })}
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
          onChange={(postbackUrl) => setOffer({ postbackUrl: optional(postbackUrl) })}
        />
        <div class="pbd-row">
          <TextField
            label="Secure postback code"
            value={offer.secureCode ?? ''}
            onChange={(secureCode) => setOffer({ secureCode: optional(secureCode) })}
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
            options={[
              { value: 'auto', label: 'Auto' },
              { value: 'standard', label: 'Standard' },
              { value: 'branded', label: 'Branded (adj_)' },
            ]}
            onChange={(linkKind) => setOffer({ linkKind })}
          />
        </div>
        <GoalsEditor
          goals={offer.goals}
          issues={issues}
          onChange={(goals) => setOffer({ goals })}
        />
        <OfferSettingsEditor scenario={scenario} issues={issues} onChange={onChange} />
      </Group>

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
          onChange={(clickId) => setClick({ clickId: optional(clickId) })}
        />
      </Group>

      <DeviceEditor
        device={scenario.device}
        onChange={(device) => onChange({ ...scenario, device })}
      />
      <ActivitiesEditor
        scenario={scenario}
        issues={issues}
        onChange={(activities) => onChange({ ...scenario, activities })}
      />
      <RulesEditor scenario={scenario} issues={issues} onChange={onChange} />

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

      <ScenarioJson scenario={scenario} onChange={onChange} />
    </div>
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
