/**
 * An Affise click id: 24 lowercase hex characters (`5ec25b044a4f2b0001211111`); Affise rejects
 * others ("Click_id: invalid format", https://help-center.affise.com/en/articles/6476587-postback-errors).
 */
export const CLICK_ID_LENGTH = 24;
export const CLICK_ID_PATTERN = /^[0-9a-f]{24}$/;
