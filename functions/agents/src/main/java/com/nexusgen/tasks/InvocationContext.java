package com.nexusgen.tasks;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Holds the current invocation's Lambda {@link Context} for the thread that serves it, so the step's
 * logs carry it. Replaces Micronaut's default, which registers every invocation's Context as new
 * singletons and so slows every bean lookup of a warm instance a little more with each invocation.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
class InvocationContext implements LambdaContextFactory {
    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    @Override
    public void registerSingletons(Context context) {
        CURRENT.set(context);
    }

    static Optional<Context> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
