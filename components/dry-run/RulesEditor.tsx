import type { StatusCode } from '@/lib/conversion-status';
import { isSampleRule } from '@/lib/dry-run/sample-rule';
import type { AffiliatePostbackRule, RuleStatus, Scenario } from '@/lib/dry-run/scenario';
import { STATUS_OPTIONS } from './ActivitiesEditor';
import { CheckboxField, Group, SelectField, TextField } from './fields';
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

const NEW_RULE: AffiliatePostbackRule = {
  scope: 'local',
  status: 'approved',
  integration: 'all',
  method: 'GET',
  url: 'https://affiliate.example/postback?click={sub1}&sum={sum}&status={status}',
};

/** The affiliate's postbacks in Affise (global or local) and the platform settings that decide sending. */
export function RulesEditor({
  scenario,
  issues,
  onChange,
}: {
  scenario: Scenario;
  issues: IssueMap;
  onChange: (next: Scenario) => void;
}) {
  const rules = scenario.affiliatePostbacks;
  const setRules = (next: AffiliatePostbackRule[]) =>
    onChange({ ...scenario, affiliatePostbacks: next });
  const update = (index: number, patch: Partial<AffiliatePostbackRule>) =>
    setRules(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const shown = scenario.platform.statusesShownToAffiliates;
  const toggleShown = (status: StatusCode, on: boolean) =>
    onChange({
      ...scenario,
      platform: {
        ...scenario.platform,
        statusesShownToAffiliates: on
          ? [...shown.filter((s) => s !== status), status].sort()
          : shown.filter((s) => s !== status),
      },
    });
  return (
    <Group
      legend="Affiliate postbacks"
      actions={
        <button
          type="button"
          class="pb-button pb-small"
          onClick={() => setRules([...rules, { ...NEW_RULE, offerId: scenario.offer.id }])}
        >
          Add postback
        </button>
      }
    >
      {rules.length === 0 && (
        <p class="pb-muted">No affiliate postback: Affise would notify no affiliate.</p>
      )}
      <ol class="pbd-list">
        {rules.map((rule, i) => {
          const path = `affiliatePostbacks[${i}]`;
          return (
            <li class="pbd-item" key={i}>
              {isSampleRule(rule) && (
                <p class="pb-muted pbd-sample" data-sample-rule>
                  Rule {i + 1} is a sample (an .example address): put in your affiliate’s postback
                  URL and settings.
                </p>
              )}
              <div class="pbd-row">
                <SelectField
                  label={`Rule ${i + 1} scope`}
                  value={rule.scope}
                  options={[
                    { value: 'global', label: 'Global (all offers)' },
                    { value: 'local', label: 'Local (this offer)' },
                  ]}
                  onChange={(scope) =>
                    update(
                      i,
                      scope === 'global'
                        ? { scope, offerId: undefined, goal: undefined }
                        : { scope, offerId: scenario.offer.id },
                    )
                  }
                />
                {rule.scope === 'local' && (
                  <>
                    <TextField
                      label="Offer id"
                      value={rule.offerId ?? ''}
                      error={issues.get(`${path}.offerId`)}
                      onChange={(offerId) =>
                        update(i, { offerId: offerId === '' ? undefined : offerId })
                      }
                    />
                    <TextField
                      label="Goal (empty: all)"
                      value={rule.goal ?? ''}
                      onChange={(goal) => update(i, { goal: goal === '' ? undefined : goal })}
                    />
                  </>
                )}
                <SelectField
                  label="Status"
                  value={rule.status}
                  options={STATUS_FILTERS}
                  onChange={(status) => update(i, { status })}
                />
                <SelectField
                  label="Integration method"
                  value={rule.integration}
                  options={INTEGRATIONS}
                  onChange={(integration) => update(i, { integration })}
                />
                <SelectField
                  label="Method"
                  value={rule.method}
                  options={[
                    { value: 'GET', label: 'GET' },
                    { value: 'POST', label: 'POST' },
                  ]}
                  onChange={(method) => update(i, { method })}
                />
              </div>
              <TextField
                label={`Rule ${i + 1} URL`}
                value={rule.url}
                error={issues.get(`${path}.url`)}
                onChange={(url) => update(i, { url })}
              />
              <button
                type="button"
                class="pb-button pb-small"
                aria-label={`Remove rule ${i + 1}`}
                onClick={() => setRules(rules.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
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
                onChange={(on) => toggleShown(status, on)}
              />
            );
          })}
        </div>
      </fieldset>
      <CheckboxField
        label='"Consider global postback" (fall back to the global postback when no local one matches)'
        checked={scenario.platform.considerGlobalPostback}
        onChange={(considerGlobalPostback) =>
          onChange({ ...scenario, platform: { ...scenario.platform, considerGlobalPostback } })
        }
      />
    </Group>
  );
}
