// Keeps the main process's output (prefixed, bounded) so a failing test can show what main said.
import type { Readable } from 'node:stream';

const MAX_LINES = 3000;

export class ProcessLog {
  private readonly lines: string[] = [];
  private readonly echo = process.env.RAPPORT_E2E_VERBOSE === '1';

  attach(stream: Readable | null, prefix: string): void {
    if (!stream) return;
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) this.add(`${prefix} ${line}`);
    });
    stream.on('end', () => {
      if (partial !== '') this.add(`${prefix} ${partial}`);
      partial = '';
    });
  }

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
    if (this.echo) process.stdout.write(`${line}\n`);
  }

  text(): string {
    return this.lines.join('\n');
  }
}
