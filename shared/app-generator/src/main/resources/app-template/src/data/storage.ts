/**
 * Local persistence for the app: typed collections kept in the browser's localStorage, with an in-memory
 * fallback when localStorage is missing (Node, tests) or refuses to work (privacy modes, full quota).
 */

/** What every stored record has besides its own fields. */
export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The part of the Web Storage API the app needs; localStorage and MemoryStore both provide it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Keeps values for the lifetime of the page (or of a test file). */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }

  removeItem(key: string): void {
    this.values.delete(key);
  }
}

// Keys are namespaced per app, so two generated apps on one origin (localhost) never read each other's data.
const PREFIX = '__STORAGE_PREFIX__';

let idCounter = 0;

function browserStore(): KeyValueStore | undefined {
  try {
    if (typeof window === 'undefined' || !('localStorage' in window)) {
      return undefined;
    }
    const probe = PREFIX + '__probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Storage can be disabled or full: the app then keeps its data for this visit only.
    return undefined;
  }
}

let store: KeyValueStore = browserStore() ?? new MemoryStore();

/** Switches to a fresh in-memory store; tests call it so each one starts from nothing. */
export function resetToMemoryStorage(): void {
  store = new MemoryStore();
}

/** The JSON value kept under `key`; undefined when absent or unreadable. */
function readJson(key: string): unknown {
  const raw = store.getItem(PREFIX + key);
  if (raw === null) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed;
  } catch {
    // A truncated or hand-edited value must not break the app: treat it as missing.
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  store.setItem(PREFIX + key, JSON.stringify(value));
}

/** A unique id. crypto.randomUUID only exists in secure contexts, hence the fallback. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  idCounter += 1;
  return Date.now().toString(36) + '-' + idCounter.toString(36) + '-' + Math.random().toString(36).slice(2, 10);
}

export function timestamp(): string {
  return new Date().toISOString();
}

/** Newest first; records created in the same millisecond keep their stored order. */
export function newestFirst(a: StoredRecord, b: StoredRecord): number {
  return b.createdAt.localeCompare(a.createdAt);
}

/** A collection of records of one type, checked on the way in from storage. */
export class Repository<T extends StoredRecord> {
  private readonly collection: string;
  private readonly isRecord: (value: unknown) => value is T;

  constructor(collection: string, isRecord: (value: unknown) => value is T) {
    this.collection = collection;
    this.isRecord = isRecord;
  }

  list(): T[] {
    const stored = readJson(this.collection);
    // Records that no longer match the type (an older version, a manual edit) are skipped instead of crashing a page.
    return Array.isArray(stored) ? stored.filter(this.isRecord) : [];
  }

  get(id: string): T | undefined {
    return this.list().find((record) => record.id === id);
  }

  save(record: T): T {
    const records = this.list();
    const index = records.findIndex((existing) => existing.id === record.id);
    if (index === -1) {
      records.push(record);
    } else {
      records[index] = record;
    }
    writeJson(this.collection, records);
    return record;
  }

  remove(id: string): boolean {
    const records = this.list();
    const remaining = records.filter((record) => record.id !== id);
    if (remaining.length === records.length) {
      return false;
    }
    writeJson(this.collection, remaining);
    return true;
  }

  clear(): void {
    store.removeItem(PREFIX + this.collection);
  }
}

/** One value kept under a key (the profile, a preference), checked on the way in like a Repository's records. */
export class Slot<T> {
  private readonly key: string;
  private readonly isValue: (value: unknown) => value is T;

  constructor(key: string, isValue: (value: unknown) => value is T) {
    this.key = key;
    this.isValue = isValue;
  }

  get(): T | undefined {
    const value = readJson(this.key);
    return this.isValue(value) ? value : undefined;
  }

  set(value: T): void {
    writeJson(this.key, value);
  }

  clear(): void {
    store.removeItem(PREFIX + this.key);
  }
}
