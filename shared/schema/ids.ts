// Random ids for journal entities. crypto.randomUUID exists in Node ≥ 19, Electron and secure browser contexts.
export function newId(): string {
  return crypto.randomUUID();
}
