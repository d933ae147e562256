package com.nexusgen.healing;

import com.nexusgen.domain.builds.Fix;

import com.nexusgen.domain.builds.BuildError;

import java.util.Optional;

/**
 * Turns one classified build error into a change to the app. Deterministic fixers read what the tool said (a
 * package name, the token the compiler expected, its "Did you mean" suggestion) and change only what that names;
 * the Fixer agent asks a model. A fixer that cannot be sure proposes nothing: the next source gets its turn, and
 * escalating beats guessing.
 */
public interface Fixer {
    /** Stable name, stored with every fix the memory keeps. */
    String id();

    Optional<Proposal> propose(BuildError error, FixContext context);

    /**
     * Runs a remembered fix on a new error. Most fixers need nothing but the error, so replaying is proposing
     * again; a fixer whose fixes carry parameters (an edit template) applies them instead.
     */
    default Optional<Proposal> replay(Fix fix, BuildError error, FixContext context) {
        return propose(error, context);
    }
}
