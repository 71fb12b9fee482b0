import { describe, expect, it } from 'vitest';
import { setMainLanguage } from '../app/main-i18n';
import {
  formatPairingCode,
  offerIdOf,
  PairingCodeError,
  PairingOffers,
  parsePairingCode,
  PAIRING_SECRET_BYTES,
} from './pairing-code';

describe('pairing code', () => {
  it('carries at least 128 bits, in eight groups of four', () => {
    const offer = new PairingOffers().create();
    expect(PAIRING_SECRET_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(offer.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parsePairingCode(offer.code)).toEqual(offer.secret);
  });

  it('forgives case, spaces and the letters people mistake for digits', () => {
    const secret = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex');
    const code = formatPairingCode(secret);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parsePairingCode(typed)).toEqual(secret);
  });

  it('refuses a code of the wrong length or with a foreign character, saying which', () => {
    expect(() => parsePairingCode('ABCD-EFGH')).toThrow(/32 letters and digits; this one has 8/);
    expect(() => parsePairingCode('U'.repeat(32))).toThrow(PairingCodeError);
    expect(() => parsePairingCode('U'.repeat(32))).toThrow(/“U” is not part/);
  });

  it('is good for one attempt only', () => {
    const offers = new PairingOffers();
    const offer = offers.create();
    expect(offers.take(offerIdOf(offer.secret))).toEqual(offer.secret);
    expect(offers.take(offerIdOf(offer.secret))).toBeUndefined();
  });

  it('expires after ten minutes', () => {
    let now = new Date('2026-11-30T10:00:00Z');
    const offers = new PairingOffers(() => now);
    const early = offers.create();
    const late = offers.create();
    now = new Date('2026-11-30T10:09:59Z');
    expect(offers.take(offerIdOf(early.secret))).toEqual(early.secret);
    now = new Date('2026-11-30T10:10:00Z');
    expect(offers.take(offerIdOf(late.secret))).toBeUndefined();
  });

  it('names an offer on the wire without giving its secret away', () => {
    const offer = new PairingOffers().create();
    const id = offerIdOf(offer.secret);
    expect(id.length).toBe(16);
    expect(id.includes(offer.secret.subarray(0, 8))).toBe(false);
  });

  it('says what is wrong in the language main speaks', () => {
    setMainLanguage('sv');
    try {
      expect(() => parsePairingCode('ABCD')).toThrow('En parkopplingskod har 32 bokstäver och siffror; den här har 4.');
    } finally {
      setMainLanguage('en');
    }
  });
});
