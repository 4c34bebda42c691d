import type { ElementHandle, Page } from 'puppeteer-core';
import { until } from './until';

export type Role = 'button' | 'textbox' | 'tab' | 'combobox' | 'checkbox';

/**
 * Finds the element whose accessible name is `name` and whose role is `role`, as
 * getByRole/getByLabel do in Playwright. Puppeteer's `::-p-aria()` does the same through Firefox's
 * accessibility tree but takes 1–2 s per query in headless Firefox, so the name is computed in the
 * page with the rules our markup uses: aria-label, aria-labelledby, <label for>, a wrapping
 * <label>, then the text of a button or tab.
 */
export function findByName(page: Page, role: Role, name: string): Promise<ElementHandle<Element>> {
  return until(`a ${role} named "${name}"`, async () => {
    const handle = await page.evaluateHandle(
      (wantedRole, wantedName) => {
        const squash = (text: string | null | undefined) =>
          (text ?? '').replace(/\s+/g, ' ').trim();
        const roleOf = (element: Element): string => {
          const explicit = element.getAttribute('role');
          if (explicit) return explicit;
          if (element instanceof HTMLButtonElement) return 'button';
          if (element instanceof HTMLTextAreaElement) return 'textbox';
          if (element instanceof HTMLSelectElement) return 'combobox';
          if (element instanceof HTMLInputElement) {
            if (element.type === 'checkbox') return 'checkbox';
            if (element.type === 'button' || element.type === 'submit') return 'button';
            return 'textbox';
          }
          return '';
        };
        const nameOf = (element: Element): string => {
          const label = element.getAttribute('aria-label');
          if (label) return squash(label);
          const labelledBy = element.getAttribute('aria-labelledby');
          if (labelledBy) {
            return squash(
              labelledBy
                .split(/\s+/)
                .map((id) => document.getElementById(id)?.textContent)
                .join(' '),
            );
          }
          if (element.id) {
            const forLabel = document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
            if (forLabel) return squash(forLabel.textContent);
          }
          const wrapping = element.closest('label');
          if (wrapping) return squash(wrapping.textContent);
          return squash(element.textContent);
        };
        return (
          [...document.querySelectorAll('button, input, textarea, select, [role]')].find(
            (element) =>
              roleOf(element) === wantedRole &&
              nameOf(element) === wantedName &&
              !(element as HTMLElement).hidden &&
              (element as HTMLElement).offsetParent !== null,
          ) ?? null
        );
      },
      role,
      name,
    );
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    return undefined;
  });
}
