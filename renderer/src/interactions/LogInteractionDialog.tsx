// Temporary: replaced by the real dialog.
export function LogInteractionDialog({ onClose }: { initialContactIds: string[]; onClose: () => void }) {
  return <button onClick={onClose} />;
}
