package com.nexusgen.builderrors;

/**
 * Reads one tool family's line formats out of a section of the log, reporting what it recognises and claiming the
 * lines it explained so that readers after it do not report them again.
 */
interface LogReader {

    void read(ParseContext context, LogSection section);
}
