// An accelerator as this window's language writes it: "Ctrl+Skift+Mellanslag", or "⌘⇧Space" on a Mac.
import { useTranslation } from 'react-i18next';
import { describeAccelerator } from '@shared/shortcuts/accelerator';
import { isMac } from './use-global-keys';

export function useDescribeShortcut(): (accelerator: string) => string {
  const { t } = useTranslation();
  const words = { shift: t('settings.shortcut.keyWords.shift'), space: t('settings.shortcut.keyWords.space') };
  return (accelerator) => describeAccelerator(accelerator, isMac, words);
}
