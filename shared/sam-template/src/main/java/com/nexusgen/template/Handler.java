package com.nexusgen.template;

/**
 * A Java Lambda handler string split into its parts: {@code com.example.Handler::handleRequest}.
 *
 * @param className fully qualified class name
 * @param method    method name; {@code handleRequest} when the string names only the class, as Lambda's
 *                  Java runtime assumes for {@code RequestHandler}/{@code RequestStreamHandler} classes
 */
public record Handler(String className, String method) {

    public static Handler parse(String handler) {
        int separator = handler.indexOf("::");
        if (separator < 0) {
            return new Handler(handler.trim(), "handleRequest");
        }
        return new Handler(handler.substring(0, separator).trim(), handler.substring(separator + 2).trim());
    }

    @Override
    public String toString() {
        return className + "::" + method;
    }
}
