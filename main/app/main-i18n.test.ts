import { afterEach, describe, expect, it } from 'vitest';
import { mainLanguage, mt, onMainLanguage, setMainLanguage } from './main-i18n';

describe("main's words", () => {
  afterEach(() => setMainLanguage('en'));

  it('speak English until told otherwise, then Swedish, and say when they change', () => {
    expect(mt('tray.quit')).toBe('Quit');
    const heard: string[] = [];
    const stop = onMainLanguage((language) => heard.push(language));
    setMainLanguage('sv');
    expect(mainLanguage()).toBe('sv');
    expect(mt('tray.quit')).toBe('Avsluta');
    expect(mt('menu.file')).toBe('Arkiv');
    setMainLanguage('sv');
    stop();
    setMainLanguage('en');
    expect(heard).toEqual(['sv']);
  });
});
