// Tests for the LinkedIn URL helpers every importer relies on for de-duplication.
import { describe, expect, it } from 'vitest';
import { guessNameFromLinkedInUrl, normaliseLinkedInUrl } from './contact-draft';

describe('normaliseLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/anna-lindqvist-8a1b2c3/', 'https://www.linkedin.com/in/anna-lindqvist-8a1b2c3'],
    ['http://linkedin.com/in/anna', 'https://www.linkedin.com/in/anna'],
    ['  linkedin.com/in/anna  ', 'https://www.linkedin.com/in/anna'],
    ['https://SE.LinkedIn.COM/in/Anna?trk=abc#about', 'https://www.linkedin.com/in/Anna'],
    ['https://m.linkedin.com/in/anna/details/experience/', 'https://www.linkedin.com/in/anna'],
    ['https://www.linkedin.com/in/%c3%a5sa-ek', 'https://www.linkedin.com/in/%C3%A5sa-ek'],
    ['https://www.linkedin.com/in/åsa-ek', 'https://www.linkedin.com/in/%C3%A5sa-ek'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseLinkedInUrl(raw)).toBe(expected);
  });

  it.each([
    'https://www.linkedin.com/company/nordlys',
    'https://www.linkedin.com/in/',
    'https://notlinkedin.com/in/anna',
    'https://linkedin.com.evil.example/in/anna',
    'mailto:anna@linkedin.com',
    'https://www.linkedin.com/in/%E0%A4%A',
    '',
    'anna',
  ])('rejects %s', (raw) => {
    expect(normaliseLinkedInUrl(raw)).toBeUndefined();
  });

  it('is idempotent', () => {
    const once = normaliseLinkedInUrl('HTTPS://WWW.LINKEDIN.COM/in/%C3%A5sa/?x=1');
    expect(once).toBeDefined();
    expect(normaliseLinkedInUrl(once ?? '')).toBe(once);
  });
});

describe('guessNameFromLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/anna-lindqvist-8a1b2c3/', 'Anna Lindqvist'],
    ['https://www.linkedin.com/in/%C3%A5sa-%C3%B6hman', 'Åsa Öhman'],
    ['linkedin.com/in/jonas--berg-123-4567', 'Jonas Berg'],
    ['https://www.linkedin.com/in/madonna', 'Madonna'],
  ])('%s → %s', (url, expected) => {
    expect(guessNameFromLinkedInUrl(url)).toBe(expected);
  });

  it.each([
    'https://www.linkedin.com/company/acme',
    'https://example.com/in/anna',
    'https://www.linkedin.com/in/12345',
  ])('returns undefined for %s', (url) => {
    expect(guessNameFromLinkedInUrl(url)).toBeUndefined();
  });
});
