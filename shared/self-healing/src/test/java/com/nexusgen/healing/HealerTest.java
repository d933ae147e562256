package com.nexusgen.healing;

import com.nexusgen.ai.offline.MiniLmEmbeddings;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorCategory;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.fixers.DeterministicFixers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One turn of the loop at a time, on tsc's real output format: the order of sources, the memory learning and
 * replaying, the loop breaker, and the retry policy's limits and delays.
 */
class HealerTest {
    private static final String BOARD = """
            export function Board() {
              const [count, setCount] = useState(0);
              return <button type="button" onClick={() => setCount(count + 1)}>{count}</button>;
            }
            """;
    private static final String LOG = """
            > nexusgen-build stage=build command=npm run build

            > nexusgen-app@0.1.0 build
            > tsc --noEmit && vite build

            src/pages/Board.tsx(2,29): error TS2304: Cannot find name 'useState'.
            > nexusgen-build stage=build exit=2 elapsed_ms=3410
            """;
    private static final RetryPolicy NO_WAIT = RetryPolicy.DEFAULT;

    @TempDir
    static Path folder;
    private static FixMemories.Local memory;

    @BeforeAll
    static void open() {
        memory = FixMemories.inFolder(folder, new MiniLmEmbeddings());
    }

    @AfterAll
    static void close() {
        memory.close();
    }

    private static Healer healer(Fixer agent) {
        return new Healer(memory.memory(), DeterministicFixers.all(), agent, NO_WAIT, new Random(1));
    }

    @Test
    void aRuleFixesFirst_theMemoryLearnsIt_andTheNextProjectGetsItFromMemory() {
        Map<String, String> files = Map.of("src/pages/Board.tsx", BOARD);
        Healer.Retry first = assertInstanceOf(Healer.Retry.class,
                healer(null).afterFailure(HealingState.START.afterBuild(), LOG, files));
        assertEquals(Source.RULE, first.attempt().source());
        assertEquals("add-missing-import", first.attempt().fix().fixer());
        assertEquals(Duration.ZERO, first.delay(), "code fixes don't wait");
        assertTrue(first.files().get("src/pages/Board.tsx").startsWith("import { useState } from 'react';"));
        // the build after the fix passed: the fix goes into the memory
        List<String> remembered = healer(null).afterSuccess(first.state().afterBuild());
        assertEquals(1, remembered.size());

        // another project, another component, the same mistake on another line
        String other = "\\n\\nexport function Cart() {\\n  const [items] = useState<string[]>([]);\\n  return <p>{items.length}</p>;\\n}\\n";
        String log = LOG.replace("src/pages/Board.tsx(2,29)", "src/pages/Cart.tsx(4,19)");
        Healer.Retry second = assertInstanceOf(Healer.Retry.class, healer(null).afterFailure(HealingState.START.afterBuild(),
                log, Map.of("src/pages/Cart.tsx", other.translateEscapes())));
        assertEquals(Source.MEMORY, second.attempt().source());
        assertEquals(remembered.getFirst(), second.attempt().memoryId());
        assertTrue(second.files().get("src/pages/Cart.tsx").startsWith("import { useState } from 'react';"));
    }

    @Test
    void theSameErrorAfterAFix_stopsTheLoop_withoutAnotherTry() {
        Map<String, String> files = Map.of("src/pages/Board.tsx", BOARD);
        Healer rulesOnly = new Healer(null, DeterministicFixers.all(), null, NO_WAIT, new Random(1));
        Healer.Retry retry = assertInstanceOf(Healer.Retry.class,
                rulesOnly.afterFailure(HealingState.START.afterBuild(), LOG, files));
        // the fixed build fails with exactly the same error (the fix changed nothing useful)
        Healer.Escalate stop = assertInstanceOf(Healer.Escalate.class,
                rulesOnly.afterFailure(retry.state().afterBuild(), LOG, retry.files()));
        assertTrue(stop.reason().contains("came back"), stop.reason());
        assertEquals(1, stop.state().attempts().size(), "nothing more was tried");
        assertEquals("TS2304", stop.errors().getFirst().code());
    }

    @Test
    void withoutARuleTheAgentFixes_andItsPatchIsRememberedAsATemplateWithoutTheTenantsNames() {
        String log = """
                > nexusgen-build stage=build command=npm run build
                src/pages/Board.tsx(3,10): error TS2349: This expression is not callable.
                  Type 'Number' has no call signatures.
                > nexusgen-build stage=build exit=2 elapsed_ms=2100
                """;
        Map<String, String> files = Map.of("src/pages/Board.tsx", "export function Board() {\\n  const total = 3;\\n  return total();\\n}\\n".translateEscapes());
        List<String> asked = new ArrayList<>();
        Fixer agent = new Fixer() {
            @Override
            public String id() {
                return "fixer-agent";
            }

            @Override
            public Optional<Proposal> propose(BuildError error, FixContext context) {
                asked.add(error.code());
                return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.patch(error.file(),
                        List.of(new FileOperation.Edit("return total();", "return total;")))), "called a number"));
            }
        };
        Healer.Retry retry = assertInstanceOf(Healer.Retry.class, healer(agent).afterFailure(HealingState.START.afterBuild(), log, files));
        assertEquals(Source.AGENT, retry.attempt().source());
        assertEquals(List.of("TS2349"), asked);
        assertTrue(retry.files().get("src/pages/Board.tsx").contains("return total;"));
    }

    @Test
    void thePolicyLimitsFixesPerCategory_andRefusesUnknownErrors() {
        HealingState three = HealingState.START;
        for (int i = 1; i <= 3; i++) {
            three = three.afterBuild().with(new Attempt(i, com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_MISSING,
                    "sig-" + i, "", Source.RULE, Fix.of("add-dependency"), "declared x", List.of("package.json"), null));
        }
        assertTrue(RetryPolicy.DEFAULT.refusal(three, ErrorCategory.DEPENDENCY).orElseThrow().contains("3 fixes for dependency"));
        assertTrue(RetryPolicy.DEFAULT.refusal(three, ErrorCategory.TYPE).isEmpty(), "other categories still may");
        assertTrue(RetryPolicy.DEFAULT.refusal(HealingState.START, ErrorCategory.UNKNOWN).isPresent());
        Healer.Escalate unknown = assertInstanceOf(Healer.Escalate.class, healer(null).afterFailure(HealingState.START.afterBuild(),
                "Segmentation fault (core dumped)\n", Map.of()));
        assertTrue(unknown.reason().contains("not retried"), unknown.reason());
    }

    @Test
    void delaysGrowExponentiallyWithJitter_forNetworkAndResourceRetriesOnly() {
        SplittableRandom random = new SplittableRandom(3);
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertEquals(Duration.ZERO, policy.delay(3, ErrorCategory.TYPE, true, random));
        for (int retry = 1; retry <= 7; retry++) {
            long expected = Math.min(60_000, 1000L << (retry - 1));
            long millis = policy.delay(retry, ErrorCategory.NETWORK, true, random).toMillis();
            assertTrue(millis >= expected * 0.9 - 1 && millis <= Math.min(60_000, expected * 1.1 + 1),
                    "retry " + retry + ": " + millis + " ms, expected about " + expected);
        }
    }
}
