package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * resource.memory: node ran out of heap under a limit the app set itself ({@code --max-old-space-size=N} in an
 * npm script or .npmrc's node-options). Raises every such limit to {@link #HEAP_MB}, which fits the build
 * container's memory (CodeBuild's small Linux image has 3 GB) — the seed's "resource scaling". Without such a
 * flag the limit is the machine's, and nothing in the app can raise it: that escalates.
 */
public final class RaiseHeapLimit implements Fixer {
    static final int HEAP_MB = 2048;
    private static final Pattern FLAG = Pattern.compile("--max[-_]old[-_]space[-_]size[= ](\\d+)");

    @Override
    public String id() {
        return "raise-heap-limit";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.RESOURCE_MEMORY) {
            return Optional.empty();
        }
        List<FileOperation> operations = new ArrayList<>();
        List<String> raised = new ArrayList<>();
        for (Map.Entry<String, String> file : context.files().entrySet()) {
            if (!file.getKey().equals("package.json") && !file.getKey().equals(".npmrc")) {
                continue;
            }
            Matcher flag = FLAG.matcher(file.getValue());
            StringBuilder fixed = new StringBuilder();
            boolean touched = false;
            while (flag.find()) {
                if (Integer.parseInt(flag.group(1)) < HEAP_MB) {
                    raised.add(flag.group(1) + " MB in " + file.getKey());
                    flag.appendReplacement(fixed, Matcher.quoteReplacement("--max-old-space-size=" + HEAP_MB));
                    touched = true;
                }
            }
            if (touched) {
                flag.appendTail(fixed);
                operations.add(FileOperation.create(file.getKey(), fixed.toString()));
            }
        }
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), operations,
                "raised the heap limit from " + String.join(", ", raised) + " to " + HEAP_MB + " MB"));
    }
}
