package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;

/**
 * An error as a reader found it: where in the log (the line index its report starts at) and how much it says about
 * the root cause. {@link Weight#SECONDARY} errors are real but follow from others (an import left unused because its
 * use was misspelled, the runner's output cap); {@link Weight#WRAPPER} errors only restate that a command failed and are
 * dropped when anything more precise was found in the same stage.
 */
record Finding(int position, BuildError error, Weight weight) {

    enum Weight { PRIMARY, SECONDARY, WRAPPER }
}
