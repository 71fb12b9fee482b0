import { describe, expect, it } from 'vitest';
import { matchOptions } from './picker-match';

const options = [
  { id: '1', label: 'Åsa Öberg', detail: 'Klarna' },
  { id: '2', label: 'Oscar Berg', detail: 'Spotify' },
  { id: '3', label: 'Berit Ahl', detail: 'Volvo' },
];

describe('picker matching', () => {
  it('matches without accents or case, prefix matches first', () => {
    expect(matchOptions(options, [], 'BERG').map((o) => o.id)).toEqual(['1', '2']);
    expect(matchOptions(options, [], 'ber').map((o) => o.id)).toEqual(['3', '1', '2']);
    expect(matchOptions(options, [], 'asa').map((o) => o.id)).toEqual(['1']);
  });

  it('matches the detail line and leaves out what is already chosen', () => {
    expect(matchOptions(options, ['1'], 'klarna')).toEqual([]);
    expect(matchOptions(options, [], 'spot').map((o) => o.id)).toEqual(['2']);
  });

  it('offers everything (alphabetically, up to the limit) for an empty query', () => {
    expect(matchOptions(options, ['2'], '', 5).map((o) => o.id)).toEqual(['1', '3']);
    expect(matchOptions(options, [], '', 1)).toHaveLength(1);
  });
});
