// Typed access to goals: networking with a purpose. A goal has a why, a strategy (rich text), a plan
// (goal-steps.ts) and the contacts, circles and events that serve it.
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { oneOf, optStr, str } from './fields';
import { readIdSets, replaceIds } from './id-set';
import { isLive, requireEntity, touch } from './entity';
import { CONTACT_GOAL, GOAL_EVENT, replaceLinks, setLinked } from './links';
import { ensureFragment } from './rich-text';
import { ensureSteps, readSteps, type PlanStep } from './goal-steps';

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  id: string;
  title: string;
  why: string;
  /** Free text: "by summer", "this year". */
  horizon: string | undefined;
  status: GoalStatus;
  steps: PlanStep[];
  contactIds: string[];
  circleIds: string[];
  eventIds: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export interface GoalInput {
  title: string;
  why?: string;
  /** null clears it. */
  horizon?: string | null;
  status?: GoalStatus;
  contactIds?: readonly string[];
  circleIds?: readonly string[];
  eventIds?: readonly string[];
}

export function goalsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'goals');
}

const GOAL_SETS = ['contactIds', 'circleIds', 'eventIds'] as const;

export function readGoal(id: string, map: EntityMap): Goal {
  const { contactIds, circleIds, eventIds } = readIdSets(map, GOAL_SETS);
  return {
    id,
    title: str(map.get('title')),
    why: str(map.get('why')),
    horizon: optStr(map.get('horizon')),
    status: oneOf(map.get('status'), GOAL_STATUSES, 'active'),
    steps: readSteps(map),
    contactIds,
    circleIds,
    eventIds,
    createdAt: str(map.get('createdAt')),
    updatedAt: str(map.get('updatedAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

/** Checks everything first: a Yjs transaction cannot be rolled back. */
function check(doc: Y.Doc, input: Partial<GoalInput>): void {
  if (input.status !== undefined && !GOAL_STATUSES.includes(input.status))
    throw new RangeError(`Unknown goal status: ${input.status}`);
  input.contactIds?.forEach((id) => requireEntity(doc, 'contacts', id));
  input.circleIds?.forEach((id) => requireEntity(doc, 'circles', id));
  input.eventIds?.forEach((id) => requireEntity(doc, 'events', id));
}

function writeFields(doc: Y.Doc, id: string, map: EntityMap, input: Partial<GoalInput>, now: Date): void {
  if (input.title !== undefined) map.set('title', input.title.trim());
  if (input.why !== undefined) map.set('why', input.why);
  if (input.horizon === null) map.delete('horizon');
  else if (input.horizon !== undefined) map.set('horizon', input.horizon);
  if (input.status !== undefined) map.set('status', input.status);
  // Contacts and events are linked on both sides; circles do not list their goals.
  if (input.contactIds) replaceLinks(doc, CONTACT_GOAL, 'b', id, input.contactIds, now);
  if (input.circleIds) replaceIds(map, 'circleIds', input.circleIds);
  if (input.eventIds) replaceLinks(doc, GOAL_EVENT, 'b', id, input.eventIds, now);
}

export function createGoal(doc: Y.Doc, input: GoalInput, now: Date = new Date()): string {
  check(doc, input);
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    goalsMap(doc).set(id, map);
    writeFields(doc, id, map, { status: 'active', ...input }, now);
    // Created up front so two devices never create competing copies (see ensureFragment).
    ensureSteps(map);
    ensureFragment(map, 'strategy');
    map.set('createdAt', now.toISOString());
    touch(map, now);
  });
  return id;
}

export function updateGoal(doc: Y.Doc, id: string, patch: Partial<GoalInput>, now: Date = new Date()): void {
  const map = requireEntity(doc, 'goals', id);
  check(doc, patch);
  doc.transact(() => {
    writeFields(doc, id, map, patch, now);
    touch(map, now);
  });
}

export function getGoal(doc: Y.Doc, id: string): Goal | undefined {
  const map = goalsMap(doc).get(id);
  return map instanceof Y.Map ? readGoal(id, map) : undefined;
}

/** Live goals: active first, then achieved, then dropped; oldest first within each. */
export function listGoals(doc: Y.Doc): Goal[] {
  const list: Goal[] = [];
  goalsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map && isLive(map)) list.push(readGoal(id, map));
  });
  const rank = (g: Goal): number => GOAL_STATUSES.indexOf(g.status);
  return list.sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The goal's strategy: how the user means to get there, in rich text (key 'strategy'). */
export function goalStrategy(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'goals', id), 'strategy');
}

export function linkContactToGoal(doc: Y.Doc, contactId: string, goalId: string, now: Date = new Date()): void {
  setLinked(doc, CONTACT_GOAL, contactId, goalId, true, now);
}

export function unlinkContactFromGoal(doc: Y.Doc, contactId: string, goalId: string, now: Date = new Date()): void {
  setLinked(doc, CONTACT_GOAL, contactId, goalId, false, now);
}

export function linkEventToGoal(doc: Y.Doc, eventId: string, goalId: string, now: Date = new Date()): void {
  setLinked(doc, GOAL_EVENT, eventId, goalId, true, now);
}

export function unlinkEventFromGoal(doc: Y.Doc, eventId: string, goalId: string, now: Date = new Date()): void {
  setLinked(doc, GOAL_EVENT, eventId, goalId, false, now);
}
