package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * resource.timeout from vitest ({@code Test timed out in 5000ms}, {@code Hook timed out in 10000ms}): a slow test or
 * setup hook on a loaded build machine. Gives tests and hooks {@link #TIMEOUT_MS} through a {@code vitest.config.ts} that extends the app's vite config (vitest
 * prefers that file, and tsconfig doesn't type-check it, so the pinned toolchain stays as it is), or raises the
 * timeout already there. A test that hangs forever will time out again, and the loop breaker stops it.
 */
public final class RaiseTestTimeout implements Fixer {
    static final int TIMEOUT_MS = 30_000;
    static final String CONFIG = "vitest.config.ts";
    private static final Pattern EXISTING = Pattern.compile("(testTimeout|hookTimeout)\\s*:\\s*(\\d+)");

    @Override
    public String id() {
        return "raise-test-timeout";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.RESOURCE_TIMEOUT || !"vitest".equals(error.tool())) {
            return Optional.empty();
        }
        Optional<String> config = context.file(CONFIG);
        String fixed;
        if (config.isPresent()) {
            Matcher existing = EXISTING.matcher(config.get());
            StringBuilder raised = new StringBuilder();
            boolean changed = false;
            while (existing.find()) {
                boolean low = Integer.parseInt(existing.group(2)) < TIMEOUT_MS;
                changed |= low;
                existing.appendReplacement(raised, existing.group(1) + ": " + (low ? TIMEOUT_MS : existing.group(2)));
            }
            if (!changed) {
                return Optional.empty();
            }
            fixed = existing.appendTail(raised).toString();
        } else {
            fixed = """
                    import { defineConfig, mergeConfig } from 'vitest/config';
                    import viteConfig from './vite.config';

                    // Tests and hooks get more time than vitest's defaults (5 s, 10 s): build machines are shared, and a
                    // slow test is not a hung one.
                    export default mergeConfig(viteConfig, defineConfig({ test: { testTimeout: %d, hookTimeout: %d } }));
                    """.formatted(TIMEOUT_MS, TIMEOUT_MS);
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(CONFIG, fixed)),
                "gave tests and hooks " + TIMEOUT_MS / 1000 + " s in " + CONFIG));
    }
}
