import type { StatusCode } from '@/lib/affise/conversion-status';
import { isSampleAffiliateRule } from '@/lib/dry-run/sample-affiliate-rule';
import type { AffiliatePostbackRule, RuleStatus, Scenario } from '@/lib/dry-run/scenario';
import { STATUS_OPTIONS } from './ActivityFields';
import { CheckboxField, Group, SelectField, TextField } from './fields';
import { AddItemButton, RemoveItemButton } from './ItemButtons';
import { listEdits, optionalText } from './list-edit';
import { scopePatch, withShownStatus } from './rule-edit';
import type { IssueMap } from './scenario-issues';

const STATUS_FILTERS: readonly { value: RuleStatus; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'by-creating', label: 'By creating' },
  { value: 'approved', label: 'Approved' },
  { value: 'pending', label: 'Pending' },
  { value: 'declined', label: 'Declined' },
  { value: 'hold', label: 'Hold' },
];

const INTEGRATIONS: readonly { value: AffiliatePostbackRule['integration']; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'default', label: 'Default' },
  { value: 'probabilistic', label: 'Probabilistic attribution' },
  { value: 'skad', label: 'SKAd' },
];

const SCOPES: readonly { value: AffiliatePostbackRule['scope']; label: string }[] = [
  { value: 'global', label: 'Global (all offers)' },
  { value: 'local', label: 'Local (this offer)' },
];

const METHODS: readonly { value: AffiliatePostbackRule['method']; label: string }[] = [
  { value: 'GET', label: 'GET' },
  { value: 'POST', label: 'POST' },
];

const NEW_RULE: AffiliatePostbackRule = {
  scope: 'local',
  status: 'approved',
  integration: 'all',
  method: 'GET',
  url: 'https://affiliate.example/postback?click={sub1}&sum={sum}&status={status}',
};

/** The affiliate's postbacks in Affise (global or local) and the platform settings that decide sending. */
export function AffiliateRulesEditor({
  scenario,
  issues,
  onChange,
}: {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Scenario) => void;
}) {
  const rules = scenario.affiliatePostbacks;
  const offerId = scenario.offer.id;
  const edit = listEdits(rules, (affiliatePostbacks) =>
    onChange({ ...scenario, affiliatePostbacks }),
  );
  const setPlatform = (patch: Partial<Scenario['platform']>) =>
    onChange({ ...scenario, platform: { ...scenario.platform, ...patch } });
  return (
    <Group
      legend="Affiliate postbacks"
      actions={
        <AddItemButton text="Add postback" onAdd={() => edit.append({ ...NEW_RULE, offerId })} />
      }
    >
      {rules.length === 0 && (
        <p class="pb-muted">No affiliate postback: Affise would notify no affiliate.</p>
      )}
      <ol class="pbd-list">
        {rules.map((rule, i) => (
          <RuleRow
            key={i}
            rule={rule}
            index={i}
            offerId={offerId}
            issues={issues}
            onChange={(patch) => edit.replace(i, { ...rule, ...patch })}
            onRemove={() => edit.remove(i)}
          />
        ))}
      </ol>
      <ShownStatuses
        shown={scenario.platform.statusesShownToAffiliates}
        onChange={(statusesShownToAffiliates) => setPlatform({ statusesShownToAffiliates })}
      />
      <CheckboxField
        label='"Consider global postback" (fall back to the global postback when no local one matches)'
        checked={scenario.platform.considerGlobalPostback}
        onChange={(considerGlobalPostback) => setPlatform({ considerGlobalPostback })}
      />
    </Group>
  );
}

interface RuleRowProps {
  rule: AffiliatePostbackRule;
  index: number;
  /** The scenario's offer, which a rule made local starts on. */
  offerId: string;
  issues: IssueMap;
  onChange: (patch: Partial<AffiliatePostbackRule>) => void;
  onRemove: () => void;
}

/** One affiliate postback: its sample notice, its filters, its URL and its remove button. */
function RuleRow({ onRemove, ...filters }: RuleRowProps) {
  const { rule, index, issues, onChange } = filters;
  const path = `affiliatePostbacks[${index}]`;
  return (
    <li class="pbd-item">
      {isSampleAffiliateRule(rule) && (
        <p class="pb-muted pbd-sample" data-sample-rule>
          Rule {index + 1} is a sample (an .example address): put in your affiliate’s postback URL
          and settings.
        </p>
      )}
      <RuleFilters {...filters} />
      <TextField
        label={`Rule ${index + 1} URL`}
        value={rule.url}
        error={issues.get(`${path}.url`)}
        onChange={(url) => onChange({ url })}
      />
      <RemoveItemButton item={`rule ${index + 1}`} onRemove={onRemove} />
    </li>
  );
}

/** Which conversions a rule fires for: scope (and a local rule's offer and goal), status, method. */
function RuleFilters({ rule, index, offerId, issues, onChange }: Omit<RuleRowProps, 'onRemove'>) {
  return (
    <div class="pbd-row">
      <SelectField
        label={`Rule ${index + 1} scope`}
        value={rule.scope}
        options={SCOPES}
        onChange={(scope) => onChange(scopePatch(scope, offerId))}
      />
      {rule.scope === 'local' && (
        <>
          <TextField
            label="Offer id"
            value={rule.offerId ?? ''}
            error={issues.get(`affiliatePostbacks[${index}].offerId`)}
            onChange={(id) => onChange({ offerId: optionalText(id) })}
          />
          <TextField
            label="Goal (empty: all)"
            value={rule.goal ?? ''}
            onChange={(goal) => onChange({ goal: optionalText(goal) })}
          />
        </>
      )}
      <SelectField
        label="Status"
        value={rule.status}
        options={STATUS_FILTERS}
        onChange={(status) => onChange({ status })}
      />
      <SelectField
        label="Integration method"
        value={rule.integration}
        options={INTEGRATIONS}
        onChange={(integration) => onChange({ integration })}
      />
      <SelectField
        label="Method"
        value={rule.method}
        options={METHODS}
        onChange={(method) => onChange({ method })}
      />
    </div>
  );
}

/** Settings → Affiliates → General: which statuses affiliates may see, one box each. */
function ShownStatuses({
  shown,
  onChange,
}: {
  shown: readonly StatusCode[];
  onChange: (next: StatusCode[]) => void;
}) {
  return (
    <fieldset class="pbd-group pbd-inner">
      <legend>Statuses shown to affiliates (Settings → Affiliates → General)</legend>
      <div class="pbd-row">
        {STATUS_OPTIONS.map((o) => {
          const status = Number(o.value) as StatusCode;
          return (
            <CheckboxField
              key={o.value}
              label={o.label}
              checked={shown.includes(status)}
              onChange={(on) => onChange(withShownStatus(shown, status, on))}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
