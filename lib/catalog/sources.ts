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
  affiseTrackingLink: 'https://help-center.affise.com/en/articles/6483711',
  affiseShortlink: 'https://help-center.affise.com/en/articles/6778703',
  affisePostback: 'https://help-center.affise.com/en/articles/6475468',
  affisePostbackErrors: 'https://help-center.affise.com/en/articles/6476587-postback-errors',
  affiseAffiliatePostbacks:
    'https://help-center.affise.com/en/articles/6483859-affiliate-postback-sending-logic',
} as const;
