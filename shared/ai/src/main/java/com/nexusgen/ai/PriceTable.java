package com.nexusgen.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** USD per 1,000 input and output tokens, per model id; unknown models cost nothing (and say so in logs upstream). */
public record PriceTable(Map<String, Price> prices) {

    public record Price(BigDecimal inputPer1k, BigDecimal outputPer1k) {
    }

    public PriceTable {
        prices = Map.copyOf(prices);
    }

    /** On-demand Bedrock prices (us-east-1) of the models the agents use by default. */
    public static PriceTable bedrockDefaults() {
        return new PriceTable(Map.of(
                "anthropic.claude-3-5-sonnet-20240620-v1:0", new Price(new BigDecimal("0.003"), new BigDecimal("0.015")),
                "anthropic.claude-3-5-haiku-20241022-v1:0", new Price(new BigDecimal("0.0008"), new BigDecimal("0.004")),
                "amazon.nova-pro-v1:0", new Price(new BigDecimal("0.0008"), new BigDecimal("0.0032")),
                "amazon.nova-lite-v1:0", new Price(new BigDecimal("0.00006"), new BigDecimal("0.00024"))));
    }

    public BigDecimal cost(String modelId, long inputTokens, long outputTokens) {
        Price price = prices.get(modelId);
        if (price == null) {
            return BigDecimal.ZERO;
        }
        return price.inputPer1k().multiply(BigDecimal.valueOf(inputTokens))
                .add(price.outputPer1k().multiply(BigDecimal.valueOf(outputTokens)))
                .divide(BigDecimal.valueOf(1000), 8, RoundingMode.HALF_UP);
    }
}
