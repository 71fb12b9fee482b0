// Tolerant readers for values stored in Y.Maps: a replica may hold data written by another version,
// so every read checks its type and falls back instead of trusting the shape.
import * as Y from 'yjs';
import { isDay } from './dates';

export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function optStr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function bool(value: unknown, fallback = false): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A calendar date 'YYYY-MM-DD', or undefined for anything else (including an ISO timestamp). */
export function optDay(value: unknown): string | undefined {
  return isDay(value) ? value : undefined;
}

/**
 * Reads fields of a small record stored as one value (a plain object, or a Y.Map if a newer version
 * chose to store it that way). Returns undefined when the value is neither.
 */
export function record(value: unknown): ((key: string) => unknown) | undefined {
  if (value instanceof Y.Map) return (key) => value.get(key);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    return (key) => (Object.hasOwn(obj, key) ? obj[key] : undefined);
  }
  return undefined;
}
