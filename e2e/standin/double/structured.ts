// What crosses Electron's IPC is structured-cloned: a Buffer arrives as a plain Uint8Array and a function
// cannot be sent at all. The stand-in applies the same rules before a value leaves main.

export function cloneForIpc(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw new Error('An object could not be cloned.');
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return new Uint8Array(value);
  if (Array.isArray(value)) return value.map(cloneForIpc);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value; // typed arrays, Date, Map, Error…
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = cloneForIpc(inner);
  return out;
}
