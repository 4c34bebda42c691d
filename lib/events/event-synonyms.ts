/**
 * Names advertisers and networks give the same event. An Affise goal is titled by the network
 * ("Registration", "First deposit") while the advertiser names the Adjust event in its own app
 * ("sign_up", "FTD"); without this table a paste would match only identical wording and leave the
 * usual cases to the user. Each entry is one concept and the names (already in the normalised
 * form of `normaliseEventName`: lowercase words without punctuation) that mean it.
 *
 * Assumption, no public source: these are the abbreviations common in performance marketing
 * (FTD = first-time deposit, reg = registration, …). A synonym match is shown as such in the
 * preview, so a wrong guess is visible before anything is applied.
 */
export interface EventSynonym {
  /** How the preview names the concept. */
  concept: string;
  names: readonly string[];
}

export const EVENT_SYNONYMS: readonly EventSynonym[] = [
  {
    concept: 'registration',
    names: [
      'reg',
      'registration',
      'register',
      'registered',
      'registration complete',
      'complete registration',
      'sign up',
      'signed up',
      'account created',
      'create account',
    ],
  },
  {
    concept: 'first deposit',
    names: ['ftd', 'first deposit', 'first time deposit', 'deposit first', '1st deposit'],
  },
  { concept: 'deposit', names: ['deposit', 'dep', 'repeat deposit', 'redeposit'] },
  {
    concept: 'first purchase',
    names: ['first purchase', 'first buy', 'first order', '1st purchase', 'fp'],
  },
  { concept: 'purchase', names: ['purchase', 'buy', 'order', 'sale', 'payment', 'paid'] },
  { concept: 'login', names: ['login', 'sign in'] },
  {
    concept: 'tutorial',
    names: ['tutorial', 'tutorial complete', 'tutorial completed', 'tutorial completion'],
  },
  {
    concept: 'trial',
    names: ['trial', 'start trial', 'trial start', 'trial started', 'free trial'],
  },
  { concept: 'subscription', names: ['subscription', 'subscribe', 'subscribed'] },
  { concept: 'add to cart', names: ['add to cart', 'atc', 'cart'] },
  { concept: 'app open', names: ['app open', 'open', 'launch', 'app launch', 'session'] },
  { concept: 'verification', names: ['kyc', 'verification', 'verified', 'kyc passed'] },
];

/**
 * "lvl 5", "Level5", "L5", "level_05" all mean level 5: games send one event per level, and the
 * number is what tells them apart, so it must be equal for a match.
 */
export const LEVEL_PATTERN = /^(?:level|lvl|lv|lev|l)\s?0*(\d+)$/;

/**
 * Words that say nothing about which event it is: platform suffixes (an app sends the same event
 * from iOS and Android under two tokens) and filler such as "event" or "af".
 */
export const PLATFORM_WORDS: ReadonlySet<string> = new Set(['ios', 'android', 'web']);
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'event',
  'events',
  'the',
  'a',
  'af',
  's2s',
]);
