import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { createGoal, getGoal, goalsMap } from './goals';
import { addStep, moveStep, removeStep, updateStep } from './goal-steps';
import { at, replica, sync } from './test-support';

const now = at('2026-02-01');

function goalWithSteps(texts: string[]) {
  const doc = new Y.Doc();
  const goal = createGoal(doc, { title: 'G' }, now);
  const ids = texts.map((text) => addStep(doc, goal, { text }, now));
  const steps = (d: Y.Doc = doc) => getGoal(d, goal)?.steps ?? [];
  return { doc, goal, ids, steps };
}

describe('goal steps', () => {
  it('adds, updates and removes steps', () => {
    const { doc, goal, ids, steps } = goalWithSteps(['a', 'b']);
    const first = addStep(doc, goal, { text: ' start ', due: '2026-02-10' }, now, 0);
    updateStep(doc, goal, ids[1] as string, { done: true, due: '2026-03-01' }, now);
    updateStep(doc, goal, first, { due: null }, now);
    removeStep(doc, goal, ids[0] as string, now);
    expect(steps()).toEqual([
      { id: first, text: 'start', done: false, due: undefined },
      { id: ids[1], text: 'b', done: true, due: '2026-03-01' },
    ]);
    expect(() => updateStep(doc, goal, 'nope', { done: true })).toThrow(/No step/);
    expect(() => addStep(doc, goal, { text: 'x', due: 'tomorrow' })).toThrow(RangeError);
  });

  it('moves a step keeping its id, done flag and unknown fields', () => {
    const { doc, goal, ids, steps } = goalWithSteps(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = ids as [string, string, string, string];
    updateStep(doc, goal, c, { done: true, due: '2026-02-20' }, now);
    const stepsArray = goalsMap(doc).get(goal)?.get('steps') as Y.Array<Y.Map<unknown>>;
    stepsArray.get(2).set('estimate', '1h'); // from a newer version
    moveStep(doc, goal, c, 0, now);
    expect(steps().map((s) => s.id)).toEqual([c, a, b, d]);
    expect(steps()[0]).toEqual({ id: c, text: 'c', done: true, due: '2026-02-20' });
    expect(stepsArray.get(0).get('estimate')).toBe('1h');
    moveStep(doc, goal, c, 99, now);
    expect(steps().map((s) => s.id)).toEqual([a, b, d, c]);
    moveStep(doc, goal, a, 2, now);
    expect(steps().map((s) => s.id)).toEqual([b, d, a, c]);
    expect(stepsArray.length).toBe(4);
  });

  it('converges without duplicates when two devices move the same step to different places', () => {
    const { doc: laptop, goal, ids, steps } = goalWithSteps(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = ids as [string, string, string, string];
    const desktop = replica(laptop);
    moveStep(laptop, goal, a, 3, now);
    moveStep(desktop, goal, a, 1, now);
    updateStep(desktop, goal, b, { done: true }, now);
    sync(laptop, desktop);
    expect(steps(laptop)).toEqual(steps(desktop));
    expect(
      steps(laptop)
        .map((s) => s.id)
        .sort(),
    ).toEqual([a, b, c, d].sort());
    expect(steps(laptop).find((s) => s.id === b)?.done).toBe(true);
    // The next move or removal clears the hidden second copy for good.
    moveStep(laptop, goal, a, 0, now);
    removeStep(laptop, goal, a, now);
    sync(laptop, desktop);
    expect(steps(desktop).map((s) => s.id)).toEqual(steps(laptop).map((s) => s.id));
    expect(
      steps(desktop)
        .map((s) => s.id)
        .sort(),
    ).toEqual([b, c, d].sort());
  });

  it('converges for any concurrent reorderings on two devices (property)', () => {
    const move = fc.record({ step: fc.nat(4), to: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 6 }), fc.array(move, { maxLength: 6 }), (left, right) => {
        const { doc: one, goal, ids, steps } = goalWithSteps(['a', 'b', 'c', 'd', 'e']);
        const two = replica(one);
        for (const m of left) moveStep(one, goal, ids[m.step] as string, m.to, now);
        for (const m of right) moveStep(two, goal, ids[m.step] as string, m.to, now);
        sync(one, two);
        expect(steps(one)).toEqual(steps(two));
        expect(
          steps(one)
            .map((s) => s.id)
            .sort(),
        ).toEqual([...ids].sort());
      }),
      { numRuns: 200 },
    );
  });
});
