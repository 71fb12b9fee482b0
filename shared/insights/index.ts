// Every Insights chart's numbers for one period, from already-read live entities. Pure and clock-free (today is
// passed in); each chart's module does one pass over what it needs, so the 10,000-person journal stays fast.
import type { Circle, Contact, Goal, Interaction, JournalEvent } from '../schema';
import { circlesInsight, type CirclesInsight } from './circles';
import { energyInsight, type EnergyInsight } from './energy';
import { energyPeopleInsight, type EnergyPeopleInsight } from './energy-people';
import { goalPeopleInsight, type GoalPeopleInsight } from './goal-people';
import { firstReachOuts, outreachInsight, type OutreachInsight } from './outreach';
import { pipelineFlowInsight, type PipelineFlowInsight } from './pipeline-flow';

export interface InsightsData {
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  events: readonly JournalEvent[];
  goals: readonly Goal[];
  circles: readonly Circle[];
  /** The weekly energy budget (0 = off) and the weekly challenge's target. */
  budget: number;
  target: number;
}

export interface Insights {
  outreach: OutreachInsight;
  energy: EnergyInsight;
  flow: PipelineFlowInsight;
  energyPeople: EnergyPeopleInsight;
  goals: GoalPeopleInsight;
  circles: CirclesInsight;
}

export function insights(data: InsightsData, today: string, weeks: number, locale = 'en'): Insights {
  const first = firstReachOuts(data.contacts, data.interactions);
  return {
    outreach: outreachInsight(first, data.target, today, weeks),
    energy: energyInsight(data.interactions, data.events, data.budget, today, weeks),
    flow: pipelineFlowInsight(data.contacts, today, weeks),
    energyPeople: energyPeopleInsight(data.contacts, data.interactions, today, weeks, locale),
    goals: goalPeopleInsight(data.goals, data.contacts, first, today, weeks),
    circles: circlesInsight(data.circles, data.events, today, weeks, locale),
  };
}

export * from './period';
export type {
  OutreachInsight,
  EnergyInsight,
  PipelineFlowInsight,
  EnergyPeopleInsight,
  GoalPeopleInsight,
  CirclesInsight,
};
