// Test helper for the hostile-input campaign: real files damaged the ways disks, transfers and attackers
// damage them (bit flips, truncation, inserted, zeroed and repeated bytes), and a per-input time box.
import fc from 'fast-check';
import { expect } from 'vitest';

type Mutation = (bytes: Uint8Array) => Uint8Array;

const flip =
  (at: number, bit: number): Mutation =>
  (b) => {
    const out = b.slice();
    if (out.length > 0) out[at % out.length]! ^= 1 << bit;
    return out;
  };
const truncate =
  (at: number): Mutation =>
  (b) =>
    b.slice(0, at % (b.length + 1));
const insert =
  (at: number, extra: Uint8Array): Mutation =>
  (b) => {
    const cut = at % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, cut), ...extra, ...b.subarray(cut)]);
  };
const zero =
  (at: number, length: number): Mutation =>
  (b) => {
    const out = b.slice();
    out.fill(0, at % (out.length + 1), (at % (out.length + 1)) + length);
    return out;
  };
const overwrite =
  (at: number, extra: Uint8Array): Mutation =>
  (b) => {
    const out = b.slice();
    out.set(extra.subarray(0, Math.max(0, out.length - (at % (out.length + 1)))), at % (out.length + 1));
    return out;
  };
const repeat =
  (from: number, length: number): Mutation =>
  (b) => {
    const start = from % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, start + length), ...b.subarray(start)]);
  };

/** Byte values that matter to length fields and parsers: 0, 0xff, high bits, quotes, newlines, varint tails. */
const nastyBytes = fc
  .uint8Array({ minLength: 1, maxLength: 16 })
  .chain((random) =>
    fc.constantFrom(
      random,
      Uint8Array.of(0xff, 0xff, 0xff, 0xff),
      Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80),
      Uint8Array.of(0, 0, 0, 0),
      Uint8Array.of(0x22, 0x0d, 0x0a),
      Uint8Array.of(0xef, 0xbb, 0xbf),
      Uint8Array.of(0xed, 0xa0, 0x80),
    ),
  );

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => flip(at, bit)),
  fc.nat().map(truncate),
  fc.tuple(fc.nat(), nastyBytes).map(([at, extra]) => insert(at, extra)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 512 })).map(([at, n]) => zero(at, n)),
  fc.tuple(fc.nat(), nastyBytes).map(([at, extra]) => overwrite(at, extra)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 256 })).map(([at, n]) => repeat(at, n)),
);

/** A real file with one to four mutations applied in turn. */
export function mutated(file: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((steps) => steps.reduce((b, step) => step(b), file));
}

/** The same for text files: mutated as UTF-8 bytes, decoded the way the importers decode them. */
export function mutatedText(file: string): fc.Arbitrary<string> {
  const bytes = new TextEncoder().encode(file);
  return mutated(bytes).map((b) => new TextDecoder('utf-8').decode(b));
}

/**
 * Most inputs a handler may take: a handler that needs longer for one small input has a super-linear path,
 * which a larger hostile file would turn into a hang. Generous so a busy CI machine does not flake.
 */
export const PER_INPUT_MS = 1000;

/** Runs `check` on `runs` inputs, each one time-boxed, the whole run stopped early after `totalMs`. */
export function campaign<T>(arb: fc.Arbitrary<T>, check: (input: T) => void, runs: number, totalMs = 4000): void {
  fc.assert(
    fc.property(arb, (input) => {
      const started = performance.now();
      check(input);
      expect(performance.now() - started, 'one input took too long').toBeLessThan(PER_INPUT_MS);
    }),
    { numRuns: runs, interruptAfterTimeLimit: totalMs, markInterruptAsFailure: false },
  );
}

/** The async form, for checks that go through services. */
export async function campaignAsync<T>(
  arb: fc.Arbitrary<T>,
  check: (input: T) => Promise<void>,
  runs: number,
  totalMs = 4000,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (input) => {
      const started = performance.now();
      await check(input);
      expect(performance.now() - started, 'one input took too long').toBeLessThan(PER_INPUT_MS);
    }),
    { numRuns: runs, interruptAfterTimeLimit: totalMs, markInterruptAsFailure: false },
  );
}
