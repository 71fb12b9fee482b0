import { describe, expect, it } from 'vitest';
import { appClock, TEST_NOW_ENV } from './test-clock';

describe('main’s clock', () => {
  it('starts at RAPPORT_TEST_NOW (local time) in an unpackaged build, and runs on from there', () => {
    let real = 1_000_000;
    const clock = appClock({ [TEST_NOW_ENV]: '2026-03-10T09:30' }, false, () => real);
    expect(clock()).toEqual(new Date(2026, 2, 10, 9, 30));
    real += 5_000;
    expect(clock()).toEqual(new Date(2026, 2, 10, 9, 30, 5));
  });

  it('is the real time when packaged, unset or unreadable', () => {
    const real = () => 42;
    expect(appClock({ [TEST_NOW_ENV]: '2026-03-10T09:30' }, true, real)().getTime()).toBe(42);
    expect(appClock({}, false, real)().getTime()).toBe(42);
    expect(appClock({ [TEST_NOW_ENV]: 'soon' }, false, real)().getTime()).toBe(42);
  });
});
