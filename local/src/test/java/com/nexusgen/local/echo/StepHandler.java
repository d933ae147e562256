package com.nexusgen.local.echo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Step Functions task handler for tests: adds who handled the event, or fails when asked to. */
public class StepHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        if (input != null && input.containsKey("fail")) {
            throw new IllegalStateException(String.valueOf(input.get("fail")));
        }
        Map<String, Object> out = new LinkedHashMap<>(input == null ? Map.of() : input);
        out.put("handledBy", context.getFunctionName());
        return out;
    }
}
