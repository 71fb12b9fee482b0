// Reading the weekly energy budget as typed: a whole number of points from 0 (off) to the schema's maximum.
import { MAX_ENERGY_BUDGET } from '@shared/schema';

export function parseEnergyBudget(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= MAX_ENERGY_BUDGET ? n : undefined;
}
