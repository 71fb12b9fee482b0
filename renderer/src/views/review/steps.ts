// The five steps of the weekly review, in order; their names are the keys of review.steps.* strings.
export const STEPS = ['numbers', 'quiet', 'goals', 'next', 'write'] as const;
export type StepName = (typeof STEPS)[number];
