package com.nexusgen.domain.projects;

import com.nexusgen.domain.common.Fields;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Identity;
import com.nexusgen.domain.workspaces.Member;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Projects of the caller's workspace. Reads need membership, writes need the member role; every
 * edit quotes the version it read, so a concurrent change is reported (409), never overwritten.
 */
public final class Projects {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Set<String> FIELDS = Set.of("name", "slug", "description", "type", "status",
            "visionStatement", "targetFeeling", "referenceApps", "icon", "color", "settings");
    /** Server-owned fields a client may echo back (e.g. a PATCH of a whole GET); ignored when equal. */
    private static final Set<String> READ_ONLY = Set.of("id", "workspaceId", "createdBy", "createdAt", "updatedAt");
    private static final int MAX_SETTINGS_JSON = 16 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProjectStore store;
    private final Clock clock;

    public Projects(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Page<Project> list(Caller caller, PageRequest page) {
        return store.list(caller.workspaceId(), page);
    }

    /** One project; membership is checked in the same read as the project. */
    public Project get(Identity identity, String projectId) {
        return readAs(identity, projectId, false).project();
    }

    /** One project the caller may change (a writer of its workspace): for work started on it, e.g. a generation. */
    public Project getForWrite(Identity identity, String projectId) {
        return readAs(identity, projectId, true).project();
    }

    /** Creates a project; the writer's membership is checked inside the insert's transaction. */
    public Project create(Identity caller, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        rejectUnknown(body, errors, false);
        String name = Fields.requiredString(body, "name", null, 120, errors);
        String slug = Fields.optionalString(body, "slug", SLUG, 64, errors);
        ProjectType type = parseType(body, errors, ProjectType.WEB_APP);
        ProjectStatus status = parseStatus(body, errors, ProjectStatus.DRAFT);
        Instant now = clock.instant();
        Project draft = new Project(caller.workspaceId(), Ids.newId(clock), name, slug,
                Fields.optionalString(body, "description", null, 2000, errors), type, status,
                Fields.optionalString(body, "visionStatement", null, 2000, errors),
                Fields.optionalString(body, "targetFeeling", null, 100, errors),
                Fields.optionalStringList(body, "referenceApps", 20, 200, errors),
                Fields.optionalString(body, "icon", null, 50, errors),
                Fields.optionalString(body, "color", COLOR, 7, errors),
                Fields.optionalObject(body, "settings", MAX_SETTINGS_JSON, errors),
                caller.userId(), now, now, 1);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (caller.workspaceId() == null) {
            throw ProblemException.forbidden("The token names no workspace");
        }
        if (slug != null) {
            return insert(draft, true);
        }
        // A derived slug that collides gets a short random suffix instead of failing the request.
        String base = slugify(name);
        for (int attempt = 0; attempt < 5; attempt++) {
            String candidate = attempt == 0 ? base : base + "-" + randomSuffix();
            Project created = insert(withSlug(draft, candidate), attempt == 4);
            if (created != null) {
                return created;
            }
        }
        throw new IllegalStateException("unreachable: the last attempt throws on conflict");
    }

    /**
     * Applies a JSON merge patch (RFC 7386): absent fields stay, {@code null} clears an optional field.
     * {@code ifMatch} is the version from the If-Match header; the body's {@code version} is accepted
     * too, and one of them is required.
     */
    public Project update(Identity identity, String projectId, Long ifMatch, Map<String, Object> patch) {
        List<FieldError> errors = new ArrayList<>();
        Long bodyVersion = parseVersion(patch, errors);
        rejectUnknown(patch, errors, true);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (ifMatch != null && bodyVersion != null && !ifMatch.equals(bodyVersion)) {
            throw ProblemException.invalidField("version", "differs from the If-Match header");
        }
        Long expected = ifMatch != null ? ifMatch : bodyVersion;
        Readable read = readAs(identity, projectId, true);
        Project current = read.project();
        if (expected == null) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "Send the version you read (If-Match header or a 'version' field); current is "
                            + current.version());
        }
        if (expected != current.version()) {
            throw stale(projectId, expected, current.version());
        }
        Project next = applyPatch(current, patch, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return switch (store.update(next, current.slug())) {
            case OK -> withVersion(next, next.version() + 1);
            case STALE -> {
                long now = store.find(identity.workspaceId(), projectId).map(Project::version).orElse(-1L);
                throw stale(projectId, expected, now);
            }
            case NOT_FOUND -> throw ProblemException.notFound("Project", projectId);
            case SLUG_TAKEN -> throw slugTaken(next.slug());
            case NOT_A_WRITER -> throw ProblemException.forbidden("Only writers change projects");
        };
    }

    public void delete(Identity identity, String projectId, Long ifMatch) {
        Project current = readAs(identity, projectId, true).project();
        if (ifMatch != null && ifMatch != current.version()) {
            throw stale(projectId, ifMatch, current.version());
        }
        Long expected = ifMatch != null ? ifMatch : current.version();
        switch (store.delete(identity.workspaceId(), projectId, current.slug(), expected)) {
            case OK -> { }
            case NOT_FOUND -> throw ProblemException.notFound("Project", projectId);
            case STALE, SLUG_TAKEN, NOT_A_WRITER -> throw stale(projectId, expected, -1);
        }
    }

    private record Readable(Caller caller, Project project) {
    }

    /**
     * Reads the project and the caller's membership together: not a member → 403 (as for any route),
     * no such project in this workspace → 404, a write by a viewer → 403.
     */
    private Readable readAs(Identity identity, String projectId, boolean write) {
        if (identity.userId() == null || identity.workspaceId() == null) {
            throw ProblemException.forbidden("The token names no workspace");
        }
        // A malformed id cannot exist; answering 404 (not 400) keeps ids opaque. Membership still comes first.
        ProjectAccess access = store.findWithMember(identity.workspaceId(), identity.userId(),
                Ids.isValid(projectId) ? projectId : null);
        Member member = access.member()
                .orElseThrow(() -> ProblemException.forbidden("You are not a member of this workspace"));
        Caller caller = new Caller(identity.userId(), identity.workspaceId(), member.role());
        if (write) {
            requireWriter(caller);
        }
        Project project = access.project().orElseThrow(() -> ProblemException.notFound("Project", projectId));
        return new Readable(caller, project);
    }

    private Project insert(Project project, boolean failOnConflict) {
        return switch (store.create(project)) {
            case OK -> project;
            case SLUG_TAKEN -> {
                if (failOnConflict) {
                    throw slugTaken(project.slug());
                }
                yield null;
            }
            case NOT_A_WRITER -> throw ProblemException.forbidden(
                    "Only owners, admins and members of this workspace create projects");
            case STALE, NOT_FOUND -> throw new IllegalStateException("create cannot be stale");
        };
    }

    private Project applyPatch(Project p, Map<String, Object> patch, List<FieldError> errors) {
        String name = p.name();
        if (patch.containsKey("name")) {
            name = Fields.requiredString(patch, "name", null, 120, errors);
        }
        String slug = p.slug();
        if (patch.containsKey("slug")) {
            slug = Fields.requiredString(patch, "slug", SLUG, 64, errors);
        }
        ProjectType type = patch.containsKey("type") ? parseType(patch, errors, null) : p.type();
        ProjectStatus status = patch.containsKey("status") ? parseStatus(patch, errors, null) : p.status();
        if (patch.containsKey("type") && patch.get("type") == null) {
            errors.add(new FieldError("type", "cannot be cleared"));
        }
        if (patch.containsKey("status") && patch.get("status") == null) {
            errors.add(new FieldError("status", "cannot be cleared"));
        }
        return new Project(p.workspaceId(), p.id(), name, slug,
                patched(patch, "description", p.description(), () -> Fields.optionalString(patch, "description", null, 2000, errors)),
                type, status,
                patched(patch, "visionStatement", p.visionStatement(), () -> Fields.optionalString(patch, "visionStatement", null, 2000, errors)),
                patched(patch, "targetFeeling", p.targetFeeling(), () -> Fields.optionalString(patch, "targetFeeling", null, 100, errors)),
                patched(patch, "referenceApps", p.referenceApps(), () -> Fields.optionalStringList(patch, "referenceApps", 20, 200, errors)),
                patched(patch, "icon", p.icon(), () -> Fields.optionalString(patch, "icon", null, 50, errors)),
                patched(patch, "color", p.color(), () -> Fields.optionalString(patch, "color", COLOR, 7, errors)),
                patched(patch, "settings", p.settings(), () -> Fields.optionalObject(patch, "settings", MAX_SETTINGS_JSON, errors)),
                p.createdBy(), p.createdAt(), clock.instant(), p.version());
    }

    private static <T> T patched(Map<String, Object> patch, String field, T current, java.util.function.Supplier<T> read) {
        return patch.containsKey(field) ? read.get() : current;
    }

    private static ProjectType parseType(Map<String, Object> body, List<FieldError> errors, ProjectType fallback) {
        Object value = body.get("type");
        if (value == null) {
            return fallback;
        }
        var parsed = value instanceof String s ? ProjectType.parse(s) : java.util.Optional.<ProjectType>empty();
        if (parsed.isEmpty()) {
            errors.add(new FieldError("type", "must be one of " + ProjectType.allowed()));
        }
        return parsed.orElse(fallback);
    }

    private static ProjectStatus parseStatus(Map<String, Object> body, List<FieldError> errors, ProjectStatus fallback) {
        Object value = body.get("status");
        if (value == null) {
            return fallback;
        }
        var parsed = value instanceof String s ? ProjectStatus.parse(s) : java.util.Optional.<ProjectStatus>empty();
        if (parsed.isEmpty()) {
            errors.add(new FieldError("status", "must be one of " + ProjectStatus.allowed()));
        }
        return parsed.orElse(fallback);
    }

    private static Long parseVersion(Map<String, Object> patch, List<FieldError> errors) {
        Object value = patch.get("version");
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 1) {
            return n.longValue();
        }
        errors.add(new FieldError("version", "must be a positive integer"));
        return null;
    }

    private static void rejectUnknown(Map<String, Object> body, List<FieldError> errors, boolean patch) {
        for (String key : body.keySet()) {
            if (FIELDS.contains(key) || READ_ONLY.contains(key) || (patch && key.equals("version"))) {
                continue;
            }
            errors.add(new FieldError(key, "is not a known field"));
        }
    }

    private static void requireWriter(Caller caller) {
        if (!caller.role().canWriteProjects()) {
            throw ProblemException.forbidden("A " + caller.role().wireName() + " cannot change projects");
        }
    }

    private static ProblemException stale(String projectId, long sent, long current) {
        return new ProblemException(ProblemKind.VERSION_CONFLICT, "Project '" + projectId + "' is at version "
                + (current < 0 ? "newer than " + sent : current) + ", you sent " + sent
                + ": read it again and reapply your change");
    }

    private static ProblemException slugTaken(String slug) {
        return new ProblemException(ProblemKind.CONFLICT, "Slug '" + slug + "' is already used in this workspace",
                List.of(new FieldError("slug", "is already used in this workspace")));
    }

    /** "Recipe Sharing — v2!" becomes "recipe-sharing-v2"; names with no letters become "project". */
    static String slugify(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "project" : slug;
    }

    private static String randomSuffix() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static Project withSlug(Project p, String slug) {
        return new Project(p.workspaceId(), p.id(), p.name(), slug, p.description(), p.type(), p.status(),
                p.visionStatement(), p.targetFeeling(), p.referenceApps(), p.icon(), p.color(), p.settings(),
                p.createdBy(), p.createdAt(), p.updatedAt(), p.version());
    }

    private static Project withVersion(Project p, long version) {
        return new Project(p.workspaceId(), p.id(), p.name(), p.slug(), p.description(), p.type(), p.status(),
                p.visionStatement(), p.targetFeeling(), p.referenceApps(), p.icon(), p.color(), p.settings(),
                p.createdBy(), p.createdAt(), p.updatedAt(), version);
    }
}
