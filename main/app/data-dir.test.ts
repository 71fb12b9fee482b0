import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('defaults to <userData>/journal', () => {
    expect(resolveDataDir(['electron', '.'], {}, '/u')).toEqual({ dir: join('/u', 'journal'), explicit: false });
  });
  it('prefers --data-dir over the environment, in both spellings', () => {
    const env = { RAPPORT_DATA_DIR: '/from-env' };
    expect(resolveDataDir(['x', '--data-dir', '/a'], env, '/u').dir).toBe('/a');
    expect(resolveDataDir(['x', '--data-dir=/b'], env, '/u').dir).toBe('/b');
    expect(resolveDataDir(['x'], env, '/u').dir).toBe('/from-env');
  });
  it('resolves a relative folder against the working directory', () => {
    expect(resolveDataDir(['x', '--data-dir', 'rel'], {}, '/u').dir).toBe(resolve('rel'));
  });
});
