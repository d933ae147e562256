package com.nexusgen.ai;

/**
 * A chat model: a system prompt and messages in, text or a structured (schema-checked) answer out,
 * with the tokens and cost it took. Adapters: Amazon Bedrock (Converse) and offline agents.
 */
public interface LanguageModel {
    /**
     * @throws ModelException.Throttled         the service is throttling: retry later (the workflow owns back-off)
     * @throws ModelException.Truncated         a structured answer hit the token limit
     * @throws ModelException.InvalidOutput     the structured answer stayed invalid after the bounded re-asks
     */
    Completion complete(Prompt prompt);
}
