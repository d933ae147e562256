package com.nexusgen.domain.mockups;

import com.nexusgen.domain.common.Fields;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.domain.workspaces.Identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages of a project (FlexOS {@code pages}): create, read, change with the version you read,
 * delete. Reads need membership of the project's workspace, writes a writer's role; the project's
 * own read does both checks in one round trip.
 */
public final class Pages {
    static final Pattern PATH = Pattern.compile("/|(/(:?[a-z0-9][a-z0-9_-]*))+");
    private static final Set<String> FIELDS = Set.of("name", "path", "purpose", "primaryDevice", "status", "keyElements",
            "parentId", "sortOrder");
    private static final Set<String> READ_ONLY = Set.of("id", "projectId", "slug", "latestMockup", "createdAt", "updatedAt");

    private final PageStore store;
    private final Projects projects;
    private final Clock clock;

    public Pages(PageStore store, Projects projects, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.clock = clock;
    }

    public List<Page> list(Identity identity, String projectId) {
        projects.get(identity, projectId);
        return store.list(identity.workspaceId(), projectId);
    }

    public Page get(Identity identity, String projectId, String pageId) {
        projects.get(identity, projectId);
        return find(identity, projectId, pageId);
    }

    /** For writers: the page, after checking the caller may change the project. */
    public Page getForWrite(Identity identity, String projectId, String pageId) {
        projects.getForWrite(identity, projectId);
        return find(identity, projectId, pageId);
    }

    public Page create(Identity identity, String projectId, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        Fields.rejectUnknown(body, FIELDS, errors);
        String name = Fields.requiredString(body, "name", null, 120, errors);
        String path = Fields.requiredString(body, "path", PATH, 300, errors);
        Page draft = applyFields(new Page(identity.workspaceId(), projectId, Ids.newId(clock), name, null, path, null,
                "responsive", "draft", List.of(), null, 0, 0, clock.instant(), clock.instant(), 1), body, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        projects.getForWrite(identity, projectId);
        return insert(draft);
    }

    /** Creates a page unless one with its slug exists; for pages made from a plan (idempotent re-runs). */
    public Page createIfAbsent(Identity identity, String projectId, String name, String path, String purpose,
                               List<String> keyElements, String device, int sortOrder) {
        String safePath = PATH.matcher(path).matches() ? path : "/" + slugOf(path);
        Page draft = new Page(identity.workspaceId(), projectId, Ids.newId(clock), name, slugOf(safePath), safePath, purpose,
                Page.DEVICES.contains(device) ? device : "responsive", "draft", keyElements, null, sortOrder, 0,
                clock.instant(), clock.instant(), 1);
        return switch (store.create(draft)) {
            case OK -> draft;
            default -> store.list(identity.workspaceId(), projectId).stream()
                    .filter(p -> p.slug().equals(draft.slug())).findFirst()
                    .orElseThrow(() -> new ProblemException(ProblemKind.CONFLICT, "Page slug " + draft.slug() + " is taken"));
        };
    }

    public Page update(Identity identity, String projectId, String pageId, Long ifMatch, Map<String, Object> patch) {
        List<FieldError> errors = new ArrayList<>();
        Long bodyVersion = version(patch, errors);
        Map<String, Object> changes = new java.util.LinkedHashMap<>(patch);
        changes.remove("version");
        READ_ONLY.forEach(changes::remove);
        Fields.rejectUnknown(changes, FIELDS, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Page current = getForWrite(identity, projectId, pageId);
        Long expected = ifMatch != null ? ifMatch : bodyVersion;
        if (expected == null) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "Send the version you read (If-Match header or a 'version' field); current is " + current.version());
        }
        if (expected != current.version()) {
            throw stale(pageId, expected, current.version());
        }
        Page next = current;
        if (changes.containsKey("name")) {
            next = with(next, Fields.requiredString(changes, "name", null, 120, errors), next.path());
        }
        if (changes.containsKey("path")) {
            next = with(next, next.name(), Fields.requiredString(changes, "path", PATH, 300, errors));
        }
        next = applyFields(next, changes, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Page updated = new Page(next.workspaceId(), projectId, pageId, next.name(), next.slug(), next.path(), next.purpose(),
                next.primaryDevice(), next.status(), next.keyElements(), next.parentId(), next.sortOrder(),
                current.latestMockup(), current.createdAt(), clock.instant(), current.version());
        return switch (store.update(updated, current.slug())) {
            case OK -> new Page(updated.workspaceId(), projectId, pageId, updated.name(), updated.slug(), updated.path(),
                    updated.purpose(), updated.primaryDevice(), updated.status(), updated.keyElements(), updated.parentId(),
                    updated.sortOrder(), updated.latestMockup(), updated.createdAt(), updated.updatedAt(), current.version() + 1);
            case STALE -> throw stale(pageId, expected, -1);
            case NOT_FOUND -> throw ProblemException.notFound("Page", pageId);
            case SLUG_TAKEN -> throw slugTaken(updated.slug());
        };
    }

    public void delete(Identity identity, String projectId, String pageId, Long ifMatch) {
        Page current = getForWrite(identity, projectId, pageId);
        long expected = ifMatch != null ? ifMatch : current.version();
        switch (store.delete(identity.workspaceId(), projectId, pageId, current.slug(), expected)) {
            case OK -> { }
            case NOT_FOUND -> throw ProblemException.notFound("Page", pageId);
            case STALE, SLUG_TAKEN -> throw stale(pageId, expected, current.version());
        }
    }

    /** The file name a page's mockup is exported under: "/" → index, "/recipes/:id" → recipes-id. */
    public static String slugOf(String path) {
        String slug = path.toLowerCase(Locale.ROOT).replace(":", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "index" : slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    private Page insert(Page draft) {
        return switch (store.create(draft)) {
            case OK -> draft;
            case SLUG_TAKEN -> throw slugTaken(draft.slug());
            case STALE, NOT_FOUND -> throw new IllegalStateException("a new page cannot be stale");
        };
    }

    private Page find(Identity identity, String projectId, String pageId) {
        return store.find(identity.workspaceId(), projectId, pageId)
                .orElseThrow(() -> ProblemException.notFound("Page", pageId));
    }

    private static Page with(Page p, String name, String path) {
        return new Page(p.workspaceId(), p.projectId(), p.id(), name, path == null ? p.slug() : slugOf(path), path,
                p.purpose(), p.primaryDevice(), p.status(), p.keyElements(), p.parentId(), p.sortOrder(), p.latestMockup(),
                p.createdAt(), p.updatedAt(), p.version());
    }

    private static Page applyFields(Page p, Map<String, Object> body, List<FieldError> errors) {
        String purpose = body.containsKey("purpose") ? Fields.optionalString(body, "purpose", null, 2000, errors) : p.purpose();
        String device = p.primaryDevice();
        if (body.containsKey("primaryDevice")) {
            device = Fields.requiredString(body, "primaryDevice", Pattern.compile(String.join("|", Page.DEVICES)), 20, errors);
        }
        String status = p.status();
        if (body.containsKey("status")) {
            status = Fields.requiredString(body, "status", Pattern.compile(String.join("|", Page.STATUSES)), 20, errors);
        }
        List<String> keyElements = body.containsKey("keyElements")
                ? Fields.optionalStringList(body, "keyElements", 50, 120, errors) : p.keyElements();
        String parentId = body.containsKey("parentId") ? Fields.optionalString(body, "parentId", null, 40, errors) : p.parentId();
        int sortOrder = p.sortOrder();
        if (body.get("sortOrder") != null) {
            Object value = body.get("sortOrder");
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 0 && n.intValue() <= 100_000) {
                sortOrder = n.intValue();
            } else {
                errors.add(new FieldError("sortOrder", "must be a whole number from 0 to 100000"));
            }
        }
        String path = p.path();
        return new Page(p.workspaceId(), p.projectId(), p.id(), p.name(), path == null ? null : slugOf(path), path, purpose,
                device == null ? p.primaryDevice() : device, status == null ? p.status() : status,
                keyElements == null ? List.of() : keyElements, parentId, sortOrder, p.latestMockup(), p.createdAt(),
                p.updatedAt(), p.version());
    }

    private static Long version(Map<String, Object> patch, List<FieldError> errors) {
        Object value = patch.get("version");
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 1) {
            return n.longValue();
        }
        errors.add(new FieldError("version", "must be a whole number >= 1"));
        return null;
    }

    private static ProblemException stale(String pageId, long sent, long current) {
        return new ProblemException(ProblemKind.VERSION_CONFLICT, "Page '" + pageId + "' is at version "
                + (current < 0 ? "newer than " + sent : current) + ", you sent " + sent + ": read it again and reapply your change");
    }

    private static ProblemException slugTaken(String slug) {
        return new ProblemException(ProblemKind.CONFLICT, "Another page of this project has the file name '" + slug
                + ".html' (from its path): choose another path");
    }
}
