// Hostile-input campaign for the frame decoder: real sealed frames, damaged, and random bytes. Only the
// genuine next frame is ever opened; anything else is refused with FrameError, never another exception, and
// a refused frame does not move the receiver on (the genuine frame still opens after it).
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaign, mutated } from '../../shared/fuzz/mutations';
import { FrameError, FrameOpener, FrameSealer } from './secure-frames';

const key = randomBytes(32);
const LIMIT = 4096;
const sealer = new FrameSealer(key, LIMIT);
// Plain Uint8Arrays: the mutations copy with slice(), which on a Buffer would be a view onto the original.
const frames = [Buffer.alloc(1), Buffer.from('\u0000a y-protocols update'), randomBytes(600)].map((p) =>
  Uint8Array.from(sealer.seal(p)),
);

describe('frame decoder campaign', () => {
  it('opens only genuine frames, in order, and refuses everything else with FrameError', () => {
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat(frames.length - 1), fc.nat())
          .chain(([i]) => mutated(frames[i]!).map((b) => [i, b] as const)),
      },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 128 }).map((b) => [-1, b] as const) },
    );
    campaign(
      input,
      ([index, bytes]) => {
        // A receiver that has opened every frame before `index` (so the frame at `index` is the expected one).
        const opener = new FrameOpener(key, LIMIT);
        for (let i = 0; i < Math.max(index, 0); i += 1) opener.open(frames[i]!);
        const genuine = index >= 0 && Buffer.from(bytes).equals(Buffer.from(frames[index]!));
        try {
          opener.open(bytes);
          expect(genuine, 'a damaged frame was opened').toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FrameError);
          expect(genuine, 'a genuine frame was refused').toBe(false);
          if (index >= 0) expect(opener.open(frames[index]!).length).toBeGreaterThan(0);
        }
      },
      600,
    );
  });
});
