import * as storage from './storage';
import * as check from './validation';

/**
 * The person using the app on this device. There is no server and nothing secret: the app only keeps the name
 * to greet them by and their preferences, in local storage.
 */
export interface Profile {
  displayName: string;
  email: string;
  emailNotifications: boolean;
}

export type ProfileDraft = Partial<Profile>;

export type ProfileErrors = Partial<Record<keyof Profile, string>>;

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileErrors };

export const emptyProfile: Profile = { displayName: '', email: '', emailNotifications: false };

const DISPLAY_NAME_MAX = 80;

function isProfile(value: unknown): value is Profile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'displayName' in value &&
    typeof value.displayName === 'string' &&
    'email' in value &&
    typeof value.email === 'string' &&
    'emailNotifications' in value &&
    typeof value.emailNotifications === 'boolean'
  );
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

const profileSlot = new storage.Slot<Profile>('session/profile', isProfile);
const signedInSlot = new storage.Slot<boolean>('session/signed-in', isBoolean);

export function validateProfile(draft: ProfileDraft): ProfileErrors {
  const errors: ProfileErrors = {};
  if (check.textLength(draft.displayName) === 0) {
    errors.displayName = 'Enter the name the app should greet you by.';
  } else if (check.textLength(draft.displayName) > DISPLAY_NAME_MAX) {
    errors.displayName = 'Use at most ' + String(DISPLAY_NAME_MAX) + ' characters.';
  }
  if (check.textLength(draft.email) > 0 && !check.isEmail(draft.email)) {
    errors.email = 'Enter an email address like name@example.com.';
  }
  return errors;
}

/** The saved profile, or an empty one before the first sign-in. */
export function loadProfile(): Profile {
  return profileSlot.get() ?? emptyProfile;
}

export function saveProfile(draft: ProfileDraft): ProfileResult {
  const errors = validateProfile(draft);
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const profile: Profile = {
    displayName: check.clean(draft.displayName),
    email: check.clean(draft.email),
    emailNotifications: draft.emailNotifications === true,
  };
  profileSlot.set(profile);
  return { ok: true, profile };
}

/** Remembers who is using the app; the preferences saved before are kept. */
export function signIn(draft: ProfileDraft): ProfileResult {
  const result = saveProfile({ ...loadProfile(), ...draft });
  if (result.ok) {
    signedInSlot.set(true);
  }
  return result;
}

export function signOut(): void {
  signedInSlot.set(false);
}

/** The signed-in person, or undefined. */
export function currentUser(): Profile | undefined {
  return signedInSlot.get() === true ? profileSlot.get() : undefined;
}
