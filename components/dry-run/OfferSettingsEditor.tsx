import { useEffect, useState } from 'preact/hooks';
import type { Scenario } from '@/lib/dry-run/scenario';
import { DurationField } from './DurationField';
import { CheckboxField, NumberField, TextField } from './fields';
import { IpListField } from './IpListField';
import { AddItemButton, RemoveItemButton } from './ItemButtons';
import { listEdits } from './list-edit';
import {
  compact,
  hasOfferSettingsIssue,
  issueUnder,
  listEntryIssue,
  offerSettingsSummary,
  patchObject,
} from './offer-settings';
import type { IssueMap } from './scenario-issues';

/**
 * The offer's settings in Affise that refuse, decline or hold conversions (README "Dry-run
 * scenario format" → Fields). Closed by default with a one-line summary of what differs from
 * Affise's defaults; it opens by itself when one of its fields has a problem.
 */

type Offer = Scenario['offer'];

interface SettingsProps {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Scenario) => void;
}

export function OfferSettingsEditor({ scenario, issues, onChange }: SettingsProps) {
  const [open, setOpen] = useState(false);
  const problem = hasOfferSettingsIssue(issues);
  useEffect(() => {
    if (problem) setOpen(true);
  }, [problem]);
  const setOffer = (patch: Partial<Offer>) =>
    onChange({ ...scenario, offer: patchObject(scenario.offer, patch) });
  const props = { scenario, issues, onChange, setOffer };
  return (
    <details
      class="pbd-details pbd-offer-settings"
      data-offer-settings
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Offer settings in Affise{' '}
        <span class="pb-muted" data-offer-settings-summary>
          {problem ? 'A setting needs a fix' : offerSettingsSummary(scenario)}
        </span>
      </summary>
      <StatusFields {...props} />
      <TimingFields {...props} />
      <CapsEditor {...props} />
      <WhitelistFields {...props} />
      <SecureCodeFields {...props} />
    </details>
  );
}

type PartProps = SettingsProps & { setOffer: (patch: Partial<Offer>) => void };

/** Unticked means absent: the offer is active and duplicates are refused, as by default. */
function StatusFields({ scenario, setOffer }: PartProps) {
  return (
    <div class="pbd-row">
      <CheckboxField
        label="Offer is disabled (every postback is refused)"
        name="offer-disabled"
        checked={scenario.offer.disabled === true}
        onChange={(on) => setOffer({ disabled: on || undefined })}
      />
      <CheckboxField
        label="Allow duplicate conversions (a repeated postback makes another conversion)"
        name="offer-duplicates"
        checked={scenario.offer.allowDuplicateConversions === true}
        onChange={(on) => setOffer({ allowDuplicateConversions: on || undefined })}
      />
    </div>
  );
}

const HOLD_UNITS = [
  { value: 'days', label: 'days' },
  { value: 'hours', label: 'hours' },
] as const;
const LIFESPAN_UNITS = [{ value: 'minutes', label: 'minutes' }, ...HOLD_UNITS] as const;

function TimingFields({ scenario, issues, setOffer }: PartProps) {
  const { offer } = scenario;
  return (
    <div class="pbd-row">
      <DurationField
        label="Hold period"
        name="hold-period"
        hint="empty: no hold; 1 to 60"
        units={HOLD_UNITS}
        value={offer.holdPeriod}
        error={issueUnder(issues, 'offer.holdPeriod')}
        onChange={(holdPeriod) => setOffer({ holdPeriod })}
      />
      <DurationField
        label="Click session lifespan"
        name="click-session"
        hint="empty: no limit"
        units={LIFESPAN_UNITS}
        initialUnit="days"
        value={offer.clickSessionLifespan}
        error={issueUnder(issues, 'offer.clickSessionLifespan')}
        onChange={(clickSessionLifespan) => setOffer({ clickSessionLifespan })}
      />
      <DurationField
        label="Minimum click session"
        name="min-click-session"
        hint="empty: none"
        units={LIFESPAN_UNITS}
        value={offer.minClickSessionLifespan}
        error={issueUnder(issues, 'offer.minClickSessionLifespan')}
        onChange={(minClickSessionLifespan) => setOffer({ minClickSessionLifespan })}
      />
    </div>
  );
}

type Cap = NonNullable<Offer['caps']>[number];

/** Conversion caps: conversions beyond one are declined with "Cap is reached". */
function CapsEditor({ scenario, issues, setOffer }: PartProps) {
  const caps = scenario.offer.caps ?? [];
  const edit = listEdits(caps, (next) => setOffer({ caps: next.length === 0 ? undefined : next }));
  const update = (index: number, cap: Cap, patch: Partial<Cap>) =>
    edit.replace(index, patchObject(cap, patch));
  return (
    <fieldset class="pbd-group pbd-inner">
      <legend>Conversion caps (none: no cap)</legend>
      {caps.map((cap, i) => (
        <div class="pbd-row pbd-item" key={i} data-cap-row>
          <TextField
            label={`Cap ${i + 1} goal`}
            hint="empty: all goals together"
            value={cap.goal ?? ''}
            error={issues.get(`offer.caps[${i}].goal`)}
            onChange={(goal) => update(i, cap, { goal: goal === '' ? undefined : goal })}
          />
          <NumberField
            label={`Cap ${i + 1} conversions`}
            min={0}
            step="1"
            value={cap.conversions}
            error={issues.get(`offer.caps[${i}].conversions`)}
            onChange={(conversions) => update(i, cap, { conversions } as Partial<Cap>)}
          />
          <RemoveItemButton item={`cap ${i + 1}`} onRemove={() => edit.remove(i)} />
        </div>
      ))}
      <AddItemButton text="Add cap" onAdd={() => edit.append({ conversions: 1 })} />
    </fieldset>
  );
}

/** Whitelists of the offer and the advertiser, and the IP Adjust's callbacks come from. */
function WhitelistFields({ scenario, issues, onChange, setOffer }: PartProps) {
  const setAdvertiser = (patch: NonNullable<Scenario['advertiser']>) =>
    onChange({ ...scenario, advertiser: compact({ ...scenario.advertiser, ...patch }) });
  return (
    <div class="pbd-row">
      <IpListField
        label="Offer IP whitelist"
        hint="empty: any IP; one address or range a line"
        name="offer-ip-whitelist"
        value={scenario.offer.ipWhitelist}
        error={listEntryIssue(issues, 'offer.ipWhitelist')}
        onChange={(ipWhitelist) => setOffer({ ipWhitelist })}
      />
      <IpListField
        label="Advertiser IP whitelist"
        hint="used when the offer has none; one address or range a line"
        name="advertiser-ip-whitelist"
        value={scenario.advertiser?.ipWhitelist}
        error={listEntryIssue(issues, 'advertiser.ipWhitelist')}
        onChange={(ipWhitelist) => setAdvertiser({ ipWhitelist })}
      />
      <TextField
        label="Adjust callback IP"
        name="adjust-callback-ip"
        hint="empty: 178.162.216.65"
        value={scenario.adjust?.callbackIp ?? ''}
        error={issueUnder(issues, 'adjust')}
        onChange={(ip) =>
          onChange({
            ...scenario,
            adjust: compact({ ...scenario.adjust, callbackIp: ip.trim() || undefined }),
          })
        }
      />
    </div>
  );
}

/** Secure postback codes above the offer's own (its field is in the Offer group). */
function SecureCodeFields({ scenario, issues, onChange }: PartProps) {
  const code = (text: string) => (text === '' ? undefined : text);
  return (
    <div class="pbd-row">
      <TextField
        label="Advertiser secure code"
        name="advertiser-secure-code"
        hint="used when the offer has none"
        value={scenario.advertiser?.secureCode ?? ''}
        error={issues.get('advertiser.secureCode')}
        onChange={(text) =>
          onChange({
            ...scenario,
            advertiser: compact({ ...scenario.advertiser, secureCode: code(text) }),
          })
        }
      />
      <TextField
        label="Platform secure code"
        name="platform-secure-code"
        hint="used when the offer and advertiser have none"
        value={scenario.platform.secureCode ?? ''}
        error={issues.get('platform.secureCode')}
        onChange={(text) =>
          onChange({
            ...scenario,
            platform: patchObject(scenario.platform, { secureCode: code(text) }),
          })
        }
      />
    </div>
  );
}
