// The first-steps guide of a new journal: write one goal, add three people, plan one small step. Each step is
// read from the document, so it ticks itself however it was done (the Goals page, an import, a contact page).
import type { Contact, Goal } from '@shared/schema';

export const FIRST_PEOPLE = 3;

export interface FirstSteps {
  goal: boolean;
  /** How many people there are, up to FIRST_PEOPLE. */
  people: number;
  /** A plan step on a goal, or a next step with someone. */
  step: boolean;
  done: boolean;
  /** No goals and no people: Today shows only the guide. */
  empty: boolean;
}

export function firstSteps(goals: readonly Goal[], contacts: readonly Contact[]): FirstSteps {
  const goal = goals.length > 0;
  const people = Math.min(contacts.length, FIRST_PEOPLE);
  const step = goals.some((g) => g.steps.length > 0) || contacts.some((c) => c.nextStep !== undefined);
  return {
    goal,
    people,
    step,
    done: goal && people === FIRST_PEOPLE && step,
    empty: goals.length === 0 && contacts.length === 0,
  };
}
