import { errorMessage } from '@/lib/core/error-message';
/**
 * Writes text to the clipboard. The async Clipboard API needs a focused document; when the popup
 * lost focus (devtools, a test driver) it rejects, so the older execCommand path is the fallback.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) {
      throw new Error(
        `The browser refused to copy (${errorMessage(error)}). Select the text and press Ctrl+C instead.`,
      );
    }
  }
}
