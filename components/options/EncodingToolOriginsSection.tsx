import { useEffect, useState } from 'preact/hooks';
import { ENCODING_TOOL_ORIGIN, ToolOriginSchema } from '@/lib/adjust/encoding-tool-origin';
import { errorMessage } from '@/lib/core/error-message';
import { encodingToolOrigins } from '@/utils/fill-target';
import { EntryListSection } from './EntryListSection';
import { draftProblem, errorNotice, type Notice, okNotice } from './notice';

function OriginList({
  origins,
  onRemove,
}: {
  origins: string[];
  onRemove: (origin: string) => void;
}) {
  if (origins.length === 0) return null;
  return (
    <ul class="po-list" aria-label="Sites allowed to be filled">
      {origins.map((origin) => (
        <li key={origin} class="po-list-item">
          <span class="po-domain">{origin}</span>
          <button type="button" class="po-button po-button-quiet" onClick={() => onRemove(origin)}>
            Remove {origin}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The stored origins, and saving a changed list with the notice that says what changed. */
function useToolOrigins() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    encodingToolOrigins
      .getValue()
      .then(setOrigins)
      .catch((error: unknown) => setNotice(errorNotice(errorMessage(error))));
  }, []);

  const save = async (next: string[], text: string) => {
    try {
      await encodingToolOrigins.setValue(next);
      setOrigins(next);
      setNotice(okNotice(text));
    } catch (error) {
      setNotice(errorNotice(errorMessage(error)));
    }
  };
  return { origins, notice, setNotice, save };
}

/**
 * Where "Fill Adjust Encoding tool" may write: Adjust's own origin always, and the origins added
 * here. A page elsewhere could read the filled postback and its secure code (issue 10 §6).
 */
export function EncodingToolOriginsSection() {
  const { origins, notice, setNotice, save } = useToolOrigins();
  const add = (draft: string, clearDraft: () => void) => {
    const parsed = ToolOriginSchema.safeParse(draft.replace(/\/+$/, ''));
    if (!parsed.success) {
      setNotice(errorNotice(draftProblem(draft, parsed.error.issues, 'not an https origin')));
      return;
    }
    const origin = parsed.data;
    clearDraft();
    void save(
      [...new Set([...origins, origin])],
      `Postbridge may now fill the Encoding tool on ${origin}.`,
    );
  };
  return (
    <EntryListSection
      name="tool"
      title="Where Postbridge fills the Encoding tool"
      intro={
        <>
          Postbridge fills Adjust’s Encoding tool only on <code>{ENCODING_TOOL_ORIGIN}</code>,
          because a copy of the tool on another site could read your postback and its secure code.
          Add another site only if you trust it.
        </>
      }
      field={{ label: 'Site', placeholder: 'https://tools.mynetwork.com', button: 'Add site' }}
      notice={notice}
      onAdd={add}
    >
      <OriginList
        origins={origins}
        onRemove={(origin) =>
          void save(
            origins.filter((o) => o !== origin),
            `Removed ${origin}.`,
          )
        }
      />
    </EntryListSection>
  );
}
