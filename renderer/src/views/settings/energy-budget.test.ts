import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { energyBudget, MAX_ENERGY_BUDGET, setEnergyBudget } from '@shared/schema';
import { parseEnergyBudget } from './energy-budget';

describe('parseEnergyBudget', () => {
  it('reads whole numbers from 0 to the maximum, and every one of them is accepted by the schema', () => {
    const doc = new Y.Doc();
    for (const text of ['0', ' 12 ', String(MAX_ENERGY_BUDGET)]) {
      const n = parseEnergyBudget(text);
      expect(n).toBe(Number(text.trim()));
      setEnergyBudget(doc, n ?? -1);
      expect(energyBudget(doc)).toBe(n);
    }
  });

  it('refuses anything else', () => {
    for (const text of ['', '-1', '2.5', 'ten', '1e1', String(MAX_ENERGY_BUDGET + 1)]) {
      expect(parseEnergyBudget(text)).toBeUndefined();
    }
  });
});
