package com.nexusgen.appgen;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether npm can be run here: the tests that need it fail first with a clear message when it cannot. */
final class Npm {
    private static Boolean available;

    private Npm() {
    }

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process process = new ProcessBuilder("npm", "--version").redirectErrorStream(true).start();
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                available = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }
}
