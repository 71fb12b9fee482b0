import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './urls';

describe('isHttpUrl', () => {
  it('accepts http and https addresses only', () => {
    expect(isHttpUrl('https://www.linkedin.com/in/asa')).toBe(true);
    expect(isHttpUrl('http://example.com')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://rapport/index.html',
      'example.com',
      '',
      'https//x',
    ])
      expect(isHttpUrl(bad)).toBe(false);
  });
});
