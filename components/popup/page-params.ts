/**
 * Query parameters of popup.html. A test or a user can open the popup page in a tab; `?tab=<id>`
 * then names the tab it acts on (the active tab would be the popup page itself), and `?theme=`
 * forces a colour scheme for screenshots.
 */
export interface PageParams {
  tabId: number | null;
  theme: 'light' | 'dark' | null;
}

export function readPageParams(search: string): PageParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
  const theme = params.get('theme');
  return { tabId, theme: theme === 'light' || theme === 'dark' ? theme : null };
}
