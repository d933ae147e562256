package com.nexusgen.healing;

import com.nexusgen.builderrors.BuildLogParser;
import com.nexusgen.builderrors.ErrorSignature;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.code.FileOperations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One turn of the self-healing loop, stateless: given what has been tried ({@link HealingState}) and the log of
 * the build that just failed, either a changed app to build again or an escalation. The workflow calls it once per
 * failed build with the state it carries; {@link SelfHealer} calls it in a loop.
 * <p>
 * The order of sources: the fix memory (cheapest, and proven), then the deterministic fixers, then the Fixer
 * agent. The loop breaker: when the error a fix was for comes back unchanged (same signature, same place), the
 * loop stops, since a second try
 * of the same reasoning spends money for nothing; only a replayed memory fix earns the rules one more turn, and
 * the memory learns it failed.
 */
public final class Healer {
    private static final System.Logger LOG = System.getLogger(Healer.class.getName());
    /** What to do after a failed build. */
    public sealed interface Decision permits Retry, Escalate {
        HealingState state();
    }

    /** Build {@code files} again, after {@code delay}. */
    public record Retry(HealingState state, Map<String, String> files, Attempt attempt, Duration delay) implements Decision {
    }

    /** Stop: a person has to look. {@code errors} are the failed build's classified errors. */
    public record Escalate(HealingState state, String reason, List<BuildError> errors) implements Decision {
    }

    private final FixMemory memory;
    private final List<Fixer> rules;
    private final Fixer agent;
    private final Map<String, Fixer> fixersById = new LinkedHashMap<>();
    private final RetryPolicy policy;
    private final RandomGenerator random;

    /**
     * @param memory the fix memory, or null to heal without one
     * @param rules  the deterministic fixers, tried in order
     * @param agent  the Fixer agent, or null (offline)
     */
    public Healer(FixMemory memory, List<Fixer> rules, Fixer agent, RetryPolicy policy, RandomGenerator random) {
        this.memory = memory;
        this.rules = List.copyOf(rules);
        this.agent = agent;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.rules.forEach(fixer -> fixersById.put(fixer.id(), fixer));
        if (agent != null) {
            fixersById.put(agent.id(), agent);
        }
    }

    /** After build number {@code state.builds()} of {@code files} failed with {@code log}. */
    public Decision afterFailure(HealingState state, String log, Map<String, String> files) {
        List<BuildError> errors = BuildLogParser.parse(log);
        if (errors.isEmpty()) {
            return new Escalate(state, "the build failed without an error the parser recognises", errors);
        }
        BuildError error = errors.getFirst();
        String signature = ErrorSignature.of(error);
        String where = describe(error);
        boolean skipMemory = false;
        Optional<Attempt> last = state.lastAttempt();
        // The loop breaker: the error a fix was for is back, at the same place. (The same signature elsewhere is
        // progress: another occurrence, the next one the fixes will reach.)
        if (last.isPresent() && last.get().signature().equals(signature) && last.get().errorText().equals(where)) {
            if (last.get().source() != Source.MEMORY) {
                return new Escalate(state, "the same error came back after " + last.get().fix().fixer() + " ("
                        + last.get().summary() + "): stopping instead of trying it again", errors);
            }
            if (memory != null) {
                memory.recordFailure(last.get().memoryId());
            }
            skipMemory = true;
        }
        long seen = state.attempts().stream().filter(a -> a.errorText().equals(where)).count();
        if (seen >= 2) {
            return new Escalate(state, "the error came back after " + seen + " fixes: the fixes undo each other", errors);
        }
        Optional<String> refusal = policy.refusal(state, error.category());
        if (refusal.isPresent()) {
            return new Escalate(state, refusal.get(), errors);
        }
        FixContext context = new FixContext(files, errors);
        for (Candidate candidate : candidates(error, signature, context, skipMemory)) {
            Map<String, String> changed;
            try {
                changed = FileOperations.apply(files, candidate.proposal().operations());
            } catch (RuntimeException unappliable) {
                continue; // a stale edit (its text is gone): the next source may do better
            }
            if (changed.equals(files)) {
                continue;
            }
            Attempt attempt = new Attempt(state.builds(), error.kind(), signature, where, candidate.source(),
                    candidate.proposal().fix(), candidate.proposal().summary(),
                    candidate.proposal().operations().stream().map(op -> op.path()).distinct().toList(), candidate.memoryId());
            Duration delay = policy.delay(state.attempts().size() + 1, error.category(), true, random);
            return new Retry(state.with(attempt), changed, attempt, delay);
        }
        return new Escalate(state, "no fix is known for " + error.kind().wireName() + ": " + describe(error), errors);
    }

    /**
     * The build after the last fix passed. Every fix whose error did not come back goes into the memory (or counts
     * one more success there); returns the memory ids touched.
     */
    public List<String> afterSuccess(HealingState state) {
        List<String> ids = new ArrayList<>();
        if (memory == null) {
            return ids;
        }
        List<Attempt> attempts = state.attempts();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            boolean cameBack = attempts.subList(i + 1, attempts.size()).stream()
                    .anyMatch(later -> later.errorText().equals(attempt.errorText()));
            if (cameBack) {
                continue;
            }
            if (attempt.source() == Source.MEMORY) {
                memory.recordSuccess(attempt.memoryId());
                ids.add(attempt.memoryId());
            } else {
                ids.add(memory.remember(attempt.kind(), attempt.signature(), attempt.fix()));
            }
        }
        return ids;
    }

    private record Candidate(Source source, Proposal proposal, String memoryId) {
    }

    /** Proposals in the order they are tried; each source is asked only when the previous ones had nothing. */
    private Iterable<Candidate> candidates(BuildError error, String signature, FixContext context, boolean skipMemory) {
        return () -> new java.util.Iterator<>() {
            private int stage = skipMemory || memory == null ? 1 : 0;
            private int rule;
            private Candidate next;

            @Override
            public boolean hasNext() {
                while (next == null && stage <= 2) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Candidate next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Candidate candidate = next;
                next = null;
                return candidate;
            }

            private Candidate advance() {
                if (stage == 0) {
                    stage = 1;
                    return memory.recall(error, signature).flatMap(recollection -> {
                        Fixer fixer = fixersById.get(recollection.fix().fix().fixer());
                        return fixer == null ? Optional.<Candidate>empty()
                                : fixer.replay(recollection.fix().fix(), error, context)
                                .map(proposal -> new Candidate(Source.MEMORY, proposal, recollection.fix().id()));
                    }).orElse(null);
                }
                if (stage == 1) {
                    while (rule < rules.size()) {
                        Fixer fixer = rules.get(rule++);
                        Optional<Proposal> proposal;
                        try {
                            proposal = fixer.propose(error, context);
                        } catch (RuntimeException bug) {
                            // one fixer's bug must not end the loop: the others, and the agent, still get their turn
                            LOG.log(System.Logger.Level.WARNING, "fixer " + fixer.id() + " failed on " + describe(error), bug);
                            continue;
                        }
                        if (proposal.isPresent()) {
                            return new Candidate(Source.RULE, proposal.get(), null);
                        }
                    }
                    stage = 2;
                    return null;
                }
                stage = 3;
                return agent == null ? null : agent.propose(error, context)
                        .map(proposal -> new Candidate(Source.AGENT, proposal, null)).orElse(null);
            }
        };
    }

    static String describe(BuildError error) {
        StringBuilder text = new StringBuilder();
        if (error.file() != null) {
            text.append(error.file());
            if (error.line() > 0) {
                text.append(':').append(error.line()).append(':').append(error.column());
            }
            text.append(' ');
        }
        if (error.code() != null) {
            text.append(error.code()).append(' ');
        }
        return text.append(error.message()).toString();
    }

    /** A remembered or proposed fix in the report, for tests and the workflow's progress events. */
    public static Map<String, String> summary(Attempt attempt) {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("category", attempt.kind().category().wireName());
        summary.put("kind", attempt.kind().wireName());
        summary.put("signature", attempt.signature());
        summary.put("source", attempt.source().wireName());
        summary.put("fixer", attempt.fix().fixer());
        return summary;
    }
}
