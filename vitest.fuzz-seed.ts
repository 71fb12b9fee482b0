// Property and fuzz tests run on a fixed seed by default, so `npm test` gives the same answer on every
// machine; `npm run fuzz` (FUZZ_SEED=random, or a number to replay one) explores new inputs each run.
import fc from 'fast-check';

const FIXED_SEED = 20261130;
const chosen = process.env.FUZZ_SEED;

if (chosen !== 'random') {
  const seed = chosen === undefined || chosen === '' ? FIXED_SEED : Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be "random" or an integer, not "${chosen}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
