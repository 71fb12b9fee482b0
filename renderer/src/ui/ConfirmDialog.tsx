// Asks before anything that cannot be undone (purging the trash, restoring a backup).
import { Dialog } from './Dialog';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p className="dialog-body">{body}</p>
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className="button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
