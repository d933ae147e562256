package com.nexusgen.faultcorpus;

/** A base app of the corpus: the prompt and project name the offline Architect plans it from. */
public record Base(String prompt, String name) {
}
