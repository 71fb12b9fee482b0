import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { settingsMap } from './journal-doc';
import {
  firstStepsHidden,
  setFirstStepsHidden,
  DEFAULT_ENERGY_BUDGET,
  DEFAULT_REVIEW_DAY,
  energyBudget,
  lastReviewOn,
  latestReviewDay,
  MAX_ENERGY_BUDGET,
  recordReview,
  reviewDay,
  reviewSuggested,
  setEnergyBudget,
  setReviewDay,
} from './practice-settings';
import { replica, sync } from './test-support';

const FRIDAY = 5;

describe('practice settings', () => {
  it('default to a budget of 12 points a week and a review on Friday', () => {
    const doc = new Y.Doc();
    expect(DEFAULT_ENERGY_BUDGET).toBe(12);
    expect(DEFAULT_REVIEW_DAY).toBe(FRIDAY);
    expect(energyBudget(doc)).toBe(12);
    expect(reviewDay(doc)).toBe(FRIDAY);
    expect(lastReviewOn(doc)).toBeUndefined();
  });

  it('store a whole-number budget from 0 (off) to the maximum, and refuse anything else', () => {
    const doc = new Y.Doc();
    setEnergyBudget(doc, 0);
    expect(energyBudget(doc)).toBe(0);
    setEnergyBudget(doc, MAX_ENERGY_BUDGET);
    expect(energyBudget(doc)).toBe(MAX_ENERGY_BUDGET);
    for (const bad of [-1, 2.5, MAX_ENERGY_BUDGET + 1, Number.NaN, Infinity])
      expect(() => setEnergyBudget(doc, bad), String(bad)).toThrow(RangeError);
    expect(energyBudget(doc)).toBe(MAX_ENERGY_BUDGET);
  });

  it('store a review day from 0 (Sunday) to 6, and refuse anything else', () => {
    const doc = new Y.Doc();
    setReviewDay(doc, 0);
    expect(reviewDay(doc)).toBe(0);
    setReviewDay(doc, 6);
    expect(reviewDay(doc)).toBe(6);
    for (const bad of [-1, 7, 1.5]) expect(() => setReviewDay(doc, bad)).toThrow(RangeError);
    expect(reviewDay(doc)).toBe(6);
  });

  it('record the day of the last review, and refuse what is not a day', () => {
    const doc = new Y.Doc();
    recordReview(doc, '2026-11-27');
    expect(lastReviewOn(doc)).toBe('2026-11-27');
    expect(() => recordReview(doc, '2026-11-27T10:00:00Z')).toThrow(RangeError);
    expect(lastReviewOn(doc)).toBe('2026-11-27');
  });

  it('read junk from another version as the defaults', () => {
    const doc = new Y.Doc();
    const settings = settingsMap(doc);
    settings.set('weeklyEnergyBudget', '12');
    settings.set('reviewDay', 9);
    settings.set('lastReviewOn', 'last Friday');
    expect(energyBudget(doc)).toBe(DEFAULT_ENERGY_BUDGET);
    expect(reviewDay(doc)).toBe(DEFAULT_REVIEW_DAY);
    expect(lastReviewOn(doc)).toBeUndefined();
    settings.set('weeklyEnergyBudget', 7.5);
    expect(energyBudget(doc)).toBe(DEFAULT_ENERGY_BUDGET);
  });

  it('sync between devices like every other setting', () => {
    const a = new Y.Doc();
    const b = replica(a);
    setEnergyBudget(b, 8);
    recordReview(b, '2026-11-27');
    sync(a, b);
    expect(energyBudget(a)).toBe(8);
    expect(lastReviewOn(a)).toBe('2026-11-27');
  });
});

describe('reviewSuggested', () => {
  it('finds the latest review day on or before today', () => {
    expect(latestReviewDay('2026-11-27', FRIDAY)).toBe('2026-11-27'); // a Friday
    expect(latestReviewDay('2026-11-30', FRIDAY)).toBe('2026-11-27'); // the Monday after
    expect(latestReviewDay('2026-11-26', FRIDAY)).toBe('2026-11-20'); // the Thursday before
    expect(latestReviewDay('2027-01-02', FRIDAY)).toBe('2027-01-01'); // across a year boundary
    expect(latestReviewDay('2026-11-29', 0)).toBe('2026-11-29'); // Sunday reviews
  });

  it('is suggested until a review is finished, and again from the next review day', () => {
    // Never reviewed: suggested.
    expect(reviewSuggested(undefined, '2026-11-25', FRIDAY)).toBe(true);
    // Reviewed on Friday the 20th: quiet through Thursday, suggested again on Friday the 27th.
    for (const today of ['2026-11-20', '2026-11-21', '2026-11-24', '2026-11-26'])
      expect(reviewSuggested('2026-11-20', today, FRIDAY), today).toBe(false);
    expect(reviewSuggested('2026-11-20', '2026-11-27', FRIDAY)).toBe(true);
    // Not done on Friday: still suggested over the weekend and into the next week…
    expect(reviewSuggested('2026-11-20', '2026-11-29', FRIDAY)).toBe(true);
    expect(reviewSuggested('2026-11-20', '2026-12-02', FRIDAY)).toBe(true);
    // …until it is done, a day late or not.
    expect(reviewSuggested('2026-11-30', '2026-12-02', FRIDAY)).toBe(false);
    expect(reviewSuggested('2026-11-30', '2026-12-04', FRIDAY)).toBe(true);
    // Weeks go by without a review: it stays suggested, one review at a time.
    expect(reviewSuggested('2026-10-02', '2026-11-24', FRIDAY)).toBe(true);
  });

  it('follows a change of review day, across the new year', () => {
    expect(reviewSuggested('2026-12-27', '2026-12-31', 0)).toBe(false); // Sunday review, Thursday after
    expect(reviewSuggested('2026-12-27', '2027-01-03', 0)).toBe(true);
    expect(reviewSuggested('2026-12-28', '2027-01-03', 1)).toBe(false); // Monday review
  });
});

describe('the first-steps guide put away', () => {
  it('is shown until hidden, hidden on every replica, and shown again', () => {
    const doc = new Y.Doc();
    const other = replica(doc);
    expect(firstStepsHidden(doc)).toBe(false);
    setFirstStepsHidden(doc, true);
    sync(doc, other);
    expect(firstStepsHidden(other)).toBe(true);
    setFirstStepsHidden(other, false);
    sync(other, doc);
    expect(firstStepsHidden(doc)).toBe(false);
    settingsMap(doc).set('firstStepsHidden', 'yes'); // only true hides it
    expect(firstStepsHidden(doc)).toBe(false);
  });
});
