/** Public pages the catalogues cite; see shared/domain.md. */
export const SOURCES = {
  adjustPlaceholders: 'https://help.adjust.com/en/partner/placeholders',
  adjustCallbacks: 'https://help.adjust.com/en/article/callback-structure-partner',
  adjustEncoding: 'https://help.adjust.com/en/article/encoding-callbacks-partner',
  adjustChecklist: 'https://help.adjust.com/en/article/callbacks-checklist-partner',
  adjustLinks: 'https://help.adjust.com/en/article/links',
  adjustLinkParameters: 'https://help.adjust.com/en/article/link-parameters',
  adjustEncodingTool: 'https://help.adjust.com/en/partner/encoding-tool',
  affiseTrackingLink: 'https://help-center.affise.com/en/articles/6483711',
  affiseShortlink: 'https://help-center.affise.com/en/articles/6778703',
  affisePostback: 'https://help-center.affise.com/en/articles/6475468',
  affisePostbackErrors: 'https://help-center.affise.com/en/articles/6476587-postback-errors',
  affiseAffiliatePostbacks:
    'https://help-center.affise.com/en/articles/6483859-affiliate-postback-sending-logic',
  /** Why Postbridge bounds its own work: an extension service worker is stopped when it runs long. */
  chromeServiceWorkerLifecycle:
    'https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle',
} as const;
