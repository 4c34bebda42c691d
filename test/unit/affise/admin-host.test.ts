import { describe, expect, it } from 'vitest';
import {
  HostnameSchema,
  isAdminHost,
  matchPatternFor,
  networkOf,
  postbackHostFor,
} from '../../../lib/affise/admin-host';
import { parseAmount } from '../../../lib/affise/parse-amount';

describe('admin hosts', () => {
  it.each([
    ['rocketcompany.affise.com', [], true, 'rocketcompany'],
    ['offers-rocketcompany.affise.com', [], true, 'rocketcompany'],
    ['offers.rocketcompany.affise.com', [], true, 'rocketcompany'],
    ['api-rocketcompany.affise.com', [], true, 'rocketcompany'],
    ['RocketCompany.Affise.com:8443', [], true, 'rocketcompany'],
    ['affise.com', [], false, 'affise.com'],
    ['rocketcompany.affise.com.evil.io', [], false, 'rocketcompany.affise.com.evil.io'],
    ['admin.rocket.io', ['admin.rocket.io'], true, 'admin.rocket.io'],
    ['admin.rocket.io', [], false, 'admin.rocket.io'],
    ['other.rocket.io', ['admin.rocket.io'], false, 'other.rocket.io'],
  ])('%s (custom %j): admin %s, network %s', (host, custom, admin, network) => {
    expect(isAdminHost(host, custom)).toBe(admin);
    expect(networkOf(host)).toBe(network);
  });

  it('derives the documented postback host', () => {
    expect(postbackHostFor('api-rocketcompany.affise.com')).toBe('offers-rocketcompany.affise.com');
    expect(postbackHostFor('admin.rocket.io')).toBe('admin.rocket.io');
  });

  it('asks for https only on a custom domain', () => {
    expect(matchPatternFor('Admin.Rocket.io')).toBe('https://admin.rocket.io/*');
  });

  it.each([
    ['admin.rocket.io', true],
    ['ADMIN.rocket.io ', true],
    ['https://admin.rocket.io', false],
    ['admin.rocket.io/offers', false],
    ['*.rocket.io', false],
    ['localhost', false],
    ['rocket', false],
  ])('HostnameSchema accepts %j: %s', (input, ok) => {
    expect(HostnameSchema.safeParse(input).success).toBe(ok);
  });
});

describe('parseAmount', () => {
  it.each([
    ['2.50', { amount: 2.5 }],
    ['$2.00', { amount: 2, currency: 'USD' }],
    ['1.50 USD', { amount: 1.5, currency: 'USD' }],
    ['4,50 EUR', { amount: 4.5, currency: 'EUR' }],
    ['1,200.00 USD', { amount: 1200, currency: 'USD' }],
    ['€ 0.35', { amount: 0.35, currency: 'EUR' }],
    ['  12 ', { amount: 12 }],
    ['10%', null],
    ['1.00 - 2.00', null],
    ['free', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});
