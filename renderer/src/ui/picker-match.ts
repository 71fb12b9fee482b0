// Which options a picker offers for what the user typed: accent- and case-insensitive, prefix matches first.
import { foldText } from '@shared/schema';

export interface PickerOption {
  id: string;
  label: string;
  /** A second, quieter line (company, kind). */
  detail?: string;
}

export function matchOptions(
  options: readonly PickerOption[],
  selected: readonly string[],
  query: string,
  limit = 8,
): PickerOption[] {
  const taken = new Set(selected);
  const q = foldText(query);
  const scored: Array<{ option: PickerOption; score: number }> = [];
  for (const option of options) {
    if (taken.has(option.id)) continue;
    if (!q) {
      scored.push({ option, score: 2 });
      continue;
    }
    const label = foldText(option.label);
    if (label.startsWith(q)) scored.push({ option, score: 0 });
    else if (label.includes(q) || foldText(option.detail ?? '').includes(q)) scored.push({ option, score: 1 });
  }
  scored.sort((a, b) => a.score - b.score || a.option.label.localeCompare(b.option.label));
  return scored.slice(0, limit).map((s) => s.option);
}
