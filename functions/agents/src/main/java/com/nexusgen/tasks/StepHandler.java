package com.nexusgen.tasks;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.generation.BuildSteps;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

import java.util.Map;
import java.util.Set;

/**
 * A Step Functions task: the state's Parameters arrive as a JSON object with an {@code action}; the
 * handler runs that step of its steps ({@link GenerationSteps}, {@link BuildSteps}) and returns its output. Input and output are
 * JSON-shaped maps, as Lambda's runtime and the local platform both pass them. A failing step throws:
 * Step Functions names the error by the exception's class, which the state machine's Retry and Catch match.
 */
public abstract class StepHandler<S> extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(StepHandler.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final S steps;

    /**
     * Lambda's constructor: the handler builds its application context from the environment.
     *
     * @param stepsType the steps this function runs ({@link GenerationSteps}, {@link BuildSteps})
     */
    protected StepHandler(Class<S> stepsType) {
        // looked up, not field-injected: a subclass without annotations gets no bean definition to inject through
        this.steps = getApplicationContext().getBean(stepsType);
    }

    /** For the local platform and tests: a context built from a function's environment. */
    protected StepHandler(ApplicationContext context, Class<S> stepsType) {
        super(context);
        this.steps = context.getBean(stepsType);
    }

    /** The actions this function serves (a state naming another one is a wiring mistake, reported clearly). */
    protected abstract Set<String> actions();

    protected abstract JsonNode run(String action, JsonNode input, S steps);

    /**
     * Every invocation logs as JSON with the Lambda context, the generation id as correlation id, and
     * the step's outcome; a failure is logged with its class, the error name the workflow matches.
     */
    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        Context context = InvocationContext.current().orElse(null);
        if (context == null) {
            return run(input);
        }
        return PowertoolsLogging.withLogging(context, () -> {
            Object generationId = input == null ? null : input.get("generationId");
            if (generationId != null) {
                MDC.put("correlation_id", generationId.toString());
            }
            long started = System.nanoTime();
            Object action = input == null ? null : input.get("action");
            try {
                Map<String, Object> output = run(input);
                LOG.info("step {} done in {} ms", action, (System.nanoTime() - started) / 1_000_000);
                return output;
            } catch (RuntimeException e) {
                LOG.warn("step {} failed: {}: {}", action, e.getClass().getName(), e.getMessage());
                throw e;
            }
        });
    }

    private Map<String, Object> run(Map<String, Object> input) {
        JsonNode tree = JSON.valueToTree(input == null ? Map.of() : input);
        String action = tree.path("action").asText("");
        if (!actions().contains(action)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no action '" + action
                    + "' (it serves " + actions() + ")");
        }
        return JSON.convertValue(run(action, tree, steps), MAP);
    }
}
