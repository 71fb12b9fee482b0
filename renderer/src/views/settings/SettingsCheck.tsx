// One setting as a checkbox with its label, and the hint under it that describes it (read out with it).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: ReactNode;
}

export function SettingsCheck({ checked, onChange, label, hint }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint === undefined ? undefined : hintId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint settings-check-hint">
          {hint}
        </p>
      )}
    </>
  );
}

/** This computer's settings could not be saved (main's device-settings file). */
export function DeviceSettingsFailed({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  if (!failed) return null;
  return (
    <p className="form-error" role="alert">
      {t('settings.device.failed')}
    </p>
  );
}
