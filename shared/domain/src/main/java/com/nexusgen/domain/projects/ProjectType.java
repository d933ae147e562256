package com.nexusgen.domain.projects;

import java.util.Optional;

/** What kind of app a project produces (seed FlexOS {@code projects.type}). */
public enum ProjectType {
    WEB_APP("web-app"), MOBILE_APP("mobile-app"), PWA("pwa"), API("api"), FULLSTACK("fullstack");

    private final String wireName;

    ProjectType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ProjectType> parse(String value) {
        for (ProjectType type : values()) {
            if (type.wireName.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        return "web-app, mobile-app, pwa, api, fullstack";
    }
}
