package com.nexusgen.local;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads one function from its deployable jar, isolated like a Lambda sandbox: its own Micronaut,
 * its own application.yml, none of the local platform's classes. Only the Lambda runtime
 * interfaces and event types are shared with the platform, so events cross without serialization.
 */
final class FunctionClassLoader extends URLClassLoader {
    private static final String SHARED_PREFIX = "com.amazonaws.services.lambda.runtime.";
    private final ClassLoader platform;

    FunctionClassLoader(String name, URL jar, ClassLoader platform) {
        super(name, new URL[]{jar}, ClassLoader.getPlatformClassLoader());
        this.platform = platform;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SHARED_PREFIX)) {
            return platform.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name); // child first: the jar's own copy wins, as in Lambda
                } catch (ClassNotFoundException notInJar) {
                    loaded = super.loadClass(name, false); // JDK classes
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
