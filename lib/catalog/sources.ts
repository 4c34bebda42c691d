/** Public pages the catalogues cite; see shared/domain.md. */
export const SOURCES = {
  adjustPlaceholders: 'https://help.adjust.com/en/partner/placeholders',
  adjustCallbacks: 'https://help.adjust.com/en/article/callback-structure-partner',
  adjustEncoding: 'https://help.adjust.com/en/article/encoding-callbacks-partner',
  adjustChecklist: 'https://help.adjust.com/en/article/callbacks-checklist-partner',
  adjustLinks: 'https://help.adjust.com/en/article/links',
  adjustLinkParameters: 'https://help.adjust.com/en/article/link-parameters',
  adjustEncodingTool: 'https://help.adjust.com/en/partner/encoding-tool',
  /** "Placeholders using curly brackets ({ }) do not need to be encoded." */
  adjustEncodingGeneral: 'https://help.adjust.com/en/article/encoding',
  /** Link tokens: "at least six lowercase, alphanumeric characters". */
  adjustNetworkGuide: 'https://help.adjust.com/en/resources/network-guides/integrating-adjust',
  /** The Affise API's offer endpoint (offer.url, offer.payments, offer.hash_password). */
  affiseApiOffers: 'https://api.affise.com/docs3.1/#offers',
  affiseTrackingLink: 'https://help-center.affise.com/en/articles/6483711',
  affiseShortlink: 'https://help-center.affise.com/en/articles/6778703',
  affisePostback: 'https://help-center.affise.com/en/articles/6475468',
  affisePostbackErrors: 'https://help-center.affise.com/en/articles/6476587-postback-errors',
  affiseAffiliatePostbacks:
    'https://help-center.affise.com/en/articles/6483859-affiliate-postback-sending-logic',
  affiseAffiliateMacros: 'https://help-center.affise.com/en/articles/6483741',
  affiseAdvertiserTrackingMacros: 'https://help-center.affise.com/en/articles/6553802',
  affiseEditConversion: 'https://help-center.affise.com/en/articles/6515326',
  affiseRejectionReasons: 'https://help-center.affise.com/en/articles/4111827',
  affiseDeclinedSolutions: 'https://help-center.affise.com/en/articles/6570106',
  affiseDecliningReasons: 'https://help-center.affise.com/en/articles/6549863',
  affisePayoutTypes: 'https://help-center.affise.com/en/articles/6759666',
  affiseHoldPeriod: 'https://help-center.affise.com/en/articles/6538245',
  affiseHoldPeriodSettings: 'https://help-center.affise.com/en/articles/4142439',
  affiseConversionUniqueness: 'https://help-center.affise.com/en/articles/6504668',
  affiseSkad: 'https://help-center.affise.com/en/articles/4103473',
  affiseOldStatuses:
    'https://affise.zendesk.com/hc/en-us/articles/360010437160-Conversion-s-statuses',
  adjustSetUpCallbacks: 'https://help.adjust.com/en/article/set-up-callback-urls',
  adjustRejectedCallbacks:
    'https://help.adjust.com/en/article/rejected-install-reattribution-callbacks-partner',
  adjustSecurityOptions: 'https://help.adjust.com/en/article/advanced-security-options-partner',
  adjustTestCallbacks: 'https://help.adjust.com/en/article/test-your-callbacks-partner',
  /** Why Postbridge bounds its own work: an extension service worker is stopped when it runs long. */
  chromeServiceWorkerLifecycle:
    'https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle',
} as const;
