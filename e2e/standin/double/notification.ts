// Notification double: `show()` is recorded; nothing reaches the desktop. A spec may click one it saw.
import { EventEmitter } from 'node:events';
import { provide } from './channel';

const shown: Array<{ title: string; body: string }> = [];
const instances: NotificationDouble[] = [];

export class NotificationDouble extends EventEmitter {
  title: string;
  body: string;
  silent: boolean;

  constructor(options: { title?: string; body?: string; silent?: boolean } = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.silent = options.silent === true;
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    shown.push({ title: this.title, body: this.body });
    instances.push(this);
    setImmediate(() => this.emit('show'));
  }
  close(): void {
    this.emit('close');
  }
}

provide({
  notifications() {
    return shown.map((n) => ({ ...n }));
  },
  notificationClick({ index }) {
    const notification = instances[index];
    if (!notification) throw new Error(`no notification ${index} was shown (${instances.length} were)`);
    notification.emit('click', { preventDefault() {} });
  },
});
