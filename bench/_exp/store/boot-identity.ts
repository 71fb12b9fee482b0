// Who holds a lock, precisely enough to survive a reboot: after a power cut the pid in an old lock often
// belongs to some other process, so a pid alone would lock the user out. We also record which boot of the
// machine wrote the lock and when that process started.
import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/** The boot's identity: Linux's boot_id, elsewhere the boot time to the minute (uptime drifts a little). */
export function currentBootId(): string {
  try {
    const id = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    if (id !== '') return `linux:${id}`;
  } catch {
    // not Linux, or /proc is unavailable
  }
  const bootMs = Date.now() - uptime() * 1000;
  return `boot:${new Date(Math.round(bootMs / 60_000) * 60_000).toISOString()}`;
}

/**
 * When a live process started, as an opaque string that stays the same for the process's life; undefined
 * where it cannot be read (then the pid and the boot id have to do).
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counts from after the ")" that closes the command name, which may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return start !== undefined && /^\d+$/.test(start) ? `ticks:${start}` : undefined;
  } catch {
    return undefined;
  }
}
