package com.nexusgen.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One function of template.yaml, run the way Lambda runs it: handler instances created from the
 * deployable jar with the function's environment, each serving one invocation at a time, more
 * instances started when requests overlap (up to {@code maxConcurrency}), idle ones reused warm.
 */
public final class LocalFunction implements AutoCloseable {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final String logicalId;
    private final String functionName;
    private final String handlerClass;
    private final int memoryMb;
    private final int timeoutSeconds;
    private volatile Map<String, String> environment;
    private final FunctionClassLoader loader;
    private final Deque<Object> idle = new ArrayDeque<>();
    private final Semaphore concurrency;
    private volatile long lastInitMillis = -1;

    public LocalFunction(String logicalId, String functionName, Path jar, String handlerClass, int memoryMb,
                         int timeoutSeconds, Map<String, String> environment, int maxConcurrency) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Function " + logicalId + ": CodeUri " + jar
                    + " does not exist; build it first (scripts/local.sh builds what is missing)");
        }
        this.logicalId = logicalId;
        this.functionName = functionName;
        this.handlerClass = handlerClass;
        this.memoryMb = memoryMb;
        this.timeoutSeconds = timeoutSeconds;
        this.environment = Map.copyOf(environment);
        this.concurrency = new Semaphore(maxConcurrency, true);
        try {
            this.loader = new FunctionClassLoader(logicalId, jar.toUri().toURL(), LocalFunction.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Adds settings known only once the platform listens (e.g. its own URL as the Step Functions
     * endpoint); allowed only before the first instance exists, as Lambda's environment is fixed per instance.
     */
    public void addEnvironment(Map<String, String> more) {
        if (lastInitMillis >= 0) {
            throw new IllegalStateException("Function " + logicalId + " already has instances");
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>(environment);
        merged.putAll(more);
        environment = Map.copyOf(merged);
    }

    public String logicalId() {
        return logicalId;
    }

    /** Milliseconds the last cold start took (new handler until it can serve), or -1. */
    public long lastInitMillis() {
        return lastInitMillis;
    }

    /** Starts one instance ahead of traffic, as provisioned concurrency or a SnapStart restore would. */
    public void warm() {
        Object instance = newInstance();
        synchronized (idle) {
            idle.push(instance);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public <I, O> O invoke(I event) throws InterruptedException {
        if (!concurrency.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Function " + logicalId + " is throttled: all instances are busy");
        }
        try {
            Object instance;
            synchronized (idle) {
                instance = idle.poll();
            }
            if (instance == null) {
                instance = newInstance();
            }
            try {
                LocalLambdaContext context = new LocalLambdaContext(functionName,
                        "arn:aws:lambda:us-east-1:000000000000:function:" + functionName, memoryMb, timeoutSeconds);
                ClassLoader previous = Thread.currentThread().getContextClassLoader();
                Thread.currentThread().setContextClassLoader(loader);
                try {
                    return (O) ((RequestHandler) instance).handleRequest(event, context);
                } finally {
                    Thread.currentThread().setContextClassLoader(previous);
                }
            } finally {
                synchronized (idle) {
                    idle.push(instance);
                }
            }
        } finally {
            concurrency.release();
        }
    }

    /**
     * Invokes the function with a JSON payload, as Lambda's Invoke API does, and returns its JSON result.
     * Handlers taking and returning JSON-shaped Java types (Map, List, String, Number, Boolean) are
     * converted here; handler-specific classes cannot cross the sandbox's class loader.
     */
    public com.fasterxml.jackson.databind.JsonNode invokeJson(com.fasterxml.jackson.databind.JsonNode payload)
            throws InterruptedException {
        Class<?> inputType = inputType();
        Object event;
        try {
            event = payload == null || payload.isNull() ? null : JSON.treeToValue(payload, inputType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Function " + logicalId + " takes " + inputType.getName()
                    + ", which cannot be read from " + payload, e);
        }
        Object result = invoke(event);
        return JSON.valueToTree(result);
    }

    /** The handler's declared input type when it is one the platform can build (JDK or Lambda event types). */
    private Class<?> inputType() {
        try {
            Class<?> type = Class.forName(handlerClass, false, loader);
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Type iface : c.getGenericInterfaces()) {
                    if (iface instanceof java.lang.reflect.ParameterizedType parameterized
                            && parameterized.getRawType() == RequestHandler.class) {
                        java.lang.reflect.Type input = parameterized.getActualTypeArguments()[0];
                        Class<?> raw = input instanceof Class<?> k ? k
                                : input instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
                        if (raw.getClassLoader() == loader) {
                            throw new IllegalStateException("Function " + logicalId + " takes " + raw.getName()
                                    + ": local task invocations need JSON-shaped input types (Map, List, String...)");
                        }
                        return raw;
                    }
                }
            }
            return Object.class;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Function " + logicalId + ": no class " + handlerClass, e);
        }
    }

    /**
     * A new handler instance. Micronaut handlers take an application context built from the function's
     * environment (Lambda would pass it as environment variables, which a JVM cannot set for one
     * class loader); other handlers get their no-arg constructor.
     */
    private Object newInstance() {
        long start = System.nanoTime();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class<?> type = Class.forName(handlerClass, true, loader);
            Object instance;
            Class<?> contextType = optionalClass("io.micronaut.context.ApplicationContext");
            Constructor<?> withContext = contextType == null ? null : constructor(type, contextType);
            if (withContext != null) {
                instance = withContext.newInstance(micronautContext(contextType));
            } else {
                instance = type.getConstructor().newInstance();
            }
            if (!(instance instanceof RequestHandler<?, ?>)) {
                throw new IllegalStateException(handlerClass + " is not a RequestHandler");
            }
            lastInitMillis = (System.nanoTime() - start) / 1_000_000;
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Function " + logicalId + ": cannot create " + handlerClass, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** {@code ApplicationContext.builder(loader).propertySources(env).deduceEnvironment(false).start()}, reflectively. */
    private Object micronautContext(Class<?> contextType) throws ReflectiveOperationException {
        Class<?> propertySource = loader.loadClass("io.micronaut.context.env.PropertySource");
        Class<?> convention = loader.loadClass("io.micronaut.context.env.PropertySource$PropertyConvention");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object envConvention = Enum.valueOf((Class) convention, "ENVIRONMENT_VARIABLE");
        Object source = propertySource.getMethod("of", String.class, Map.class, convention)
                .invoke(null, "lambda-environment", environment, envConvention);
        Object array = java.lang.reflect.Array.newInstance(propertySource, 1);
        java.lang.reflect.Array.set(array, 0, source);
        // Call through the public builder interface: the implementation class is not public.
        Class<?> builderType = loader.loadClass("io.micronaut.context.ApplicationContextBuilder");
        Object builder = contextType.getMethod("builder", ClassLoader.class).invoke(null, loader);
        builder = builderType.getMethod("propertySources", array.getClass()).invoke(builder, array);
        builder = builderType.getMethod("deduceEnvironment", Boolean.class).invoke(builder, Boolean.FALSE);
        builder = builderType.getMethod("environments", String[].class)
                .invoke(builder, (Object) new String[]{"function", "lambda"});
        Method start = builderType.getMethod("start");
        return start.invoke(builder);
    }

    private Class<?> optionalClass(String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Constructor<?> constructor(Class<?> type, Class<?> parameter) {
        try {
            return type.getConstructor(parameter);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        synchronized (idle) {
            for (Object instance : idle) {
                if (instance instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
            idle.clear();
        }
        // The class loader stays open: a framework's JVM shutdown hook (Micronaut's) may still load
        // classes from it at exit, and closing it only releases a jar handle.
    }
}
