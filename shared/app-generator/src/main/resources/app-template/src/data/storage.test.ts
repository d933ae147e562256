import { beforeEach, describe, expect, it } from 'vitest';
import * as session from './session';
import * as storage from './storage';
import * as check from './validation';

// The data layer every page builds on: it must work without a browser (tests run in Node) and survive bad data.

interface Note extends storage.StoredRecord {
  text: string;
}

function isNote(value: unknown): value is Note {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'createdAt' in value &&
    typeof value.createdAt === 'string' &&
    'updatedAt' in value &&
    typeof value.updatedAt === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

function note(text: string): Note {
  const now = storage.timestamp();
  return { id: storage.newId(), createdAt: now, updatedAt: now, text };
}

describe('storage', () => {
  beforeEach(() => {
    storage.resetToMemoryStorage();
  });

  it('starts empty when there is no browser storage', () => {
    expect(new storage.Repository<Note>('notes', isNote).list()).toEqual([]);
  });

  it('saves, replaces and removes records', () => {
    const notes = new storage.Repository<Note>('notes', isNote);
    const first = notes.save(note('first'));
    notes.save({ ...first, text: 'changed' });
    expect(notes.list()).toHaveLength(1);
    expect(notes.get(first.id)?.text).toBe('changed');
    expect(notes.remove(first.id)).toBe(true);
    expect(notes.remove(first.id)).toBe(false);
    expect(notes.get(first.id)).toBeUndefined();
  });

  it('skips stored values that do not have the record type', () => {
    const kept = note('kept');
    new storage.Slot<unknown[]>('notes', Array.isArray).set([{ id: 1 }, 'junk', kept]);
    expect(new storage.Repository<Note>('notes', isNote).list()).toEqual([kept]);
  });

  it('hands out distinct ids', () => {
    expect(storage.newId()).not.toBe(storage.newId());
  });
});

describe('validation helpers', () => {
  it('accept only well-formed values', () => {
    expect(check.isEmail('someone@example.com')).toBe(true);
    expect(check.isEmail('someone')).toBe(false);
    expect(check.isUrl('https://example.com/page')).toBe(true);
    expect(check.isUrl('ftp://example.com')).toBe(false);
    expect(check.isDate('2024-02-29')).toBe(true);
    expect(check.isDate('2023-02-29')).toBe(false);
    expect(check.isDateTime('2024-05-01T10:30')).toBe(true);
    expect(check.isDateTime('2024-05-01T25:30')).toBe(false);
    expect(check.parseNumber('')).toBeNull();
    expect(check.parseNumber('12.5')).toBe(12.5);
  });
});

describe('session', () => {
  beforeEach(() => {
    storage.resetToMemoryStorage();
  });

  it('needs a display name to sign in', () => {
    const result = session.signIn({ displayName: '  ' });
    expect(result.ok).toBe(false);
    expect(session.currentUser()).toBeUndefined();
  });

  it('remembers who signed in until they sign out', () => {
    expect(session.signIn({ displayName: 'Ada', email: 'ada@example.com' }).ok).toBe(true);
    expect(session.currentUser()?.displayName).toBe('Ada');
    session.signOut();
    expect(session.currentUser()).toBeUndefined();
    expect(session.loadProfile().email).toBe('ada@example.com');
  });
});
