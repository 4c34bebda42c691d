import { z } from 'zod/mini';
import type { ChromeWindow } from './chrome-window';

const ReportSchema = z.object({ warnings: z.array(z.string()), errors: z.array(z.string()) });

/**
 * What Firefox noted while reading the add-on's manifest: the warnings about:debugging shows under
 * a temporary add-on ("Reading manifest: Warning processing …") and any errors. Read from the
 * running extension in Firefox's parent process.
 */
export function manifestReport(
  chrome: ChromeWindow,
  addonId: string,
): Promise<z.infer<typeof ReportSchema>> {
  return chrome.run(
    `
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
    if (!extension) throw new Error('add-on ' + ${JSON.stringify(addonId)} + ' is not running');
    return { warnings: [...extension.warnings], errors: [...extension.errors] };`,
    ReportSchema,
  );
}
