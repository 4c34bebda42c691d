import type { FieldSource } from '@/lib/affise/offer';

const SOURCE_LABEL: Record<FieldSource, string> = {
  page: 'read from page',
  api: 'from Affise API',
  manual: 'typed (manual)',
  assembled: 'assembled — compare with Postbacks tab',
};

/** Where a value came from; a manual value can be reset to what was read. */
export function SourceBadge({
  source,
  canReset,
  onReset,
  field,
}: {
  source: FieldSource | null;
  canReset: boolean;
  onReset: () => void;
  field: string;
}) {
  return (
    <>
      <span class={`pb-badge pb-source-${source ?? 'none'}`} data-source={source ?? 'none'}>
        {source ? SOURCE_LABEL[source] : 'missing'}
      </span>
      {source === 'manual' && canReset && (
        <button type="button" class="pb-button pb-link pb-small" onClick={onReset}>
          Use read value<span class="pb-visually-hidden"> for {field}</span>
        </button>
      )}
    </>
  );
}
