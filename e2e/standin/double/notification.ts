// Notification double: `show()` is recorded; nothing reaches the desktop.
import { EventEmitter } from 'node:events';
import { provide } from './channel';

const shown: Array<{ title: string; body: string }> = [];

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
});
