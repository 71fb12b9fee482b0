// A goal's plan: steps in a Y.Array of Y.Maps, so checking one step and editing another merge, and
// reordering is a list operation. A move deletes the step and inserts a fresh copy with the same id, so
// two devices moving the same step concurrently leave two copies: readers show the first copy only, and
// the next move or removal of that step deletes every copy.
import * as Y from 'yjs';
import type { EntityMap } from './journal-doc';
import { newId } from './ids';
import { bool, optDay, str } from './fields';
import { isDay } from './dates';
import { requireEntity, touch } from './entity';

export interface PlanStep {
  id: string;
  text: string;
  done: boolean;
  /** YYYY-MM-DD */
  due: string | undefined;
}

export interface StepPatch {
  text?: string;
  done?: boolean;
  /** null removes the due date. */
  due?: string | null;
}

/** The steps array, created when missing (createGoal creates it up front; older goals get it here). */
export function ensureSteps(goal: EntityMap): Y.Array<unknown> {
  const existing = goal.get('steps');
  if (existing instanceof Y.Array) return existing;
  const steps = new Y.Array<unknown>();
  goal.set('steps', steps);
  return steps;
}

/** Each visible step with its physical index: the first copy of every id, in array order. */
function visible(goal: EntityMap): { map: EntityMap; index: number; id: string }[] {
  const steps = goal.get('steps');
  if (!(steps instanceof Y.Array)) return [];
  const seen = new Set<string>();
  const out: { map: EntityMap; index: number; id: string }[] = [];
  steps.toArray().forEach((map, index) => {
    if (!(map instanceof Y.Map)) return;
    const id = str(map.get('id'));
    if (id === '' || seen.has(id)) return;
    seen.add(id);
    out.push({ map, index, id });
  });
  return out;
}

export function readSteps(goal: EntityMap): PlanStep[] {
  return visible(goal).map(({ map, id }) => ({
    id,
    text: str(map.get('text')),
    done: bool(map.get('done')),
    due: optDay(map.get('due')),
  }));
}

function checkDue(due: string | null | undefined): void {
  if (due != null && !isDay(due)) throw new RangeError(`Step due date is not YYYY-MM-DD: ${due}`);
}

function writeStep(map: EntityMap, patch: StepPatch): void {
  if (patch.text !== undefined) map.set('text', patch.text.trim());
  if (patch.done !== undefined) map.set('done', patch.done);
  if (patch.due === null) map.delete('due');
  else if (patch.due !== undefined) map.set('due', patch.due);
}

/** Adds a step at the end (or before the step now at `index`); returns its id. */
export function addStep(
  doc: Y.Doc,
  goalId: string,
  step: { text: string; due?: string },
  now: Date = new Date(),
  index?: number,
): string {
  checkDue(step.due);
  const goal = requireEntity(doc, 'goals', goalId);
  const id = newId();
  doc.transact(() => {
    const steps = ensureSteps(goal);
    const map = new Y.Map<unknown>();
    steps.insert(insertionPoint(goal, steps, index), [map]);
    map.set('id', id);
    writeStep(map, { done: false, ...step });
    touch(goal, now);
  });
  return id;
}

function insertionPoint(goal: EntityMap, steps: Y.Array<unknown>, index: number | undefined): number {
  const shown = visible(goal);
  if (index === undefined || index >= shown.length) return steps.length;
  return shown[Math.max(0, index)]?.index ?? steps.length;
}

function requireStep(goal: EntityMap, stepId: string): EntityMap {
  const step = visible(goal).find((s) => s.id === stepId);
  if (!step) throw new Error(`No step with id ${stepId}`);
  return step.map;
}

export function updateStep(doc: Y.Doc, goalId: string, stepId: string, patch: StepPatch, now: Date = new Date()): void {
  checkDue(patch.due);
  const goal = requireEntity(doc, 'goals', goalId);
  const map = requireStep(goal, stepId);
  doc.transact(() => {
    writeStep(map, patch);
    touch(goal, now);
  });
}

/** Deletes every copy of the step (see the file header), highest index first so indexes stay valid. */
function deleteCopies(goal: EntityMap, stepId: string): number {
  const steps = ensureSteps(goal);
  const indexes = steps.toArray().flatMap((map, i) => (map instanceof Y.Map && map.get('id') === stepId ? [i] : []));
  for (const i of indexes.reverse()) steps.delete(i, 1);
  return indexes.length;
}

/**
 * Moves a step so that it ends up at `toIndex` in the visible list (clamped). Implemented as delete +
 * insert of a fresh Y.Map carrying every field of the old one, unknown fields from newer versions included.
 */
export function moveStep(doc: Y.Doc, goalId: string, stepId: string, toIndex: number, now: Date = new Date()): void {
  const goal = requireEntity(doc, 'goals', goalId);
  const old = requireStep(goal, stepId);
  doc.transact(() => {
    const fresh = new Y.Map<unknown>();
    for (const [key, value] of old.entries()) fresh.set(key, value instanceof Y.AbstractType ? value.clone() : value);
    deleteCopies(goal, stepId);
    const steps = ensureSteps(goal);
    steps.insert(insertionPoint(goal, steps, toIndex), [fresh]);
    touch(goal, now);
  });
}

export function removeStep(doc: Y.Doc, goalId: string, stepId: string, now: Date = new Date()): void {
  const goal = requireEntity(doc, 'goals', goalId);
  doc.transact(() => {
    if (deleteCopies(goal, stepId) > 0) touch(goal, now);
  });
}
