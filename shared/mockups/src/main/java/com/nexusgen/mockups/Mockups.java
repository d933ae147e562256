package com.nexusgen.mockups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.design.DesignExtractor;
import com.nexusgen.design.DesignToken;
import com.nexusgen.design.EntityInference;
import com.nexusgen.design.ExtractedDesign;
import com.nexusgen.design.InferredEntity;
import com.nexusgen.design.MockupDocument;
import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.common.Fields;
import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.mockups.Mockup;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.domain.mockups.PageStore;
import com.nexusgen.domain.mockups.Pages;
import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.domain.workspaces.Identity;
import com.nexusgen.mockups.render.MockupRenderer;
import com.nexusgen.mockups.render.PageLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Mockups of a project's pages: rendered from the page's spec (and the project's plan when it has
 * one) with the design tokens in force, or uploaded; versioned per page, the HTML in the blob store
 * under its SHA-256. The design system and the entities emerge from the latest mockup of every page;
 * people's confirmations win over extraction.
 */
public final class Mockups {
    public static final int MAX_HTML_BYTES = 2 * 1024 * 1024;
    private static final Set<String> CREATE_FIELDS = Set.of("changeDescription", "html");
    private static final Pattern TOKEN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,47}");
    /** A value that cannot leave its declaration: no ; { } < >, no url(), no comments. */
    private static final Pattern TOKEN_VALUE = Pattern.compile("(?!.*(url\\(|/\\*|\\*/))[^;{}<>\\\\]{1,100}");
    /** Versions other writers may add to a page while one is being added, before giving up with 409. */
    private static final int ADD_ATTEMPTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages;
    private final PageStore store;
    private final Projects projects;
    private final GenerationStore generations;
    private final BlobStore blobs;
    private final MockupRenderer renderer;
    private final DesignExtractor extractor;
    private final EntityInference inference;
    private final Clock clock;

    public Mockups(Pages pages, PageStore store, Projects projects, GenerationStore generations, BlobStore blobs,
                   MockupRenderer renderer, DesignExtractor extractor, EntityInference inference, Clock clock) {
        this.pages = pages;
        this.store = store;
        this.projects = projects;
        this.generations = generations;
        this.blobs = blobs;
        this.renderer = renderer;
        this.extractor = extractor;
        this.inference = inference;
        this.clock = clock;
    }

    /** A rendered page of {@link #renderAll}. */
    public record Rendered(String pageId, String path, int version) {
    }

    /** Renders a new version from the page's spec, or stores the uploaded {@code html} as one. */
    public Mockup create(Identity identity, String projectId, String pageId, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        Fields.rejectUnknown(body, CREATE_FIELDS, errors);
        String description = Fields.optionalString(body, "changeDescription", null, 2000, errors);
        String uploaded = Fields.optionalString(body, "html", null, MAX_HTML_BYTES, errors);
        if (body.get("html") instanceof String raw && raw.isBlank()) {
            errors.add(new FieldError("html", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Project project = projects.getForWrite(identity, projectId);
        Page page = store.find(identity.workspaceId(), projectId, pageId)
                .orElseThrow(() -> ProblemException.notFound("Page", pageId));
        String html = uploaded != null ? uploaded : render(project, page, plan(identity.workspaceId(), projectId).orElse(null));
        return add(identity, page, html, description, uploaded != null ? "user" : "ai");
    }

    public List<Mockup> versions(Identity identity, String projectId, String pageId) {
        pages.get(identity, projectId, pageId);
        return store.mockups(identity.workspaceId(), projectId, pageId);
    }

    public String html(Identity identity, String projectId, String pageId, int number) {
        pages.get(identity, projectId, pageId);
        Mockup mockup = store.mockup(identity.workspaceId(), projectId, pageId, number)
                .orElseThrow(() -> ProblemException.notFound("Mockup version", Integer.toString(number)));
        return read(identity.workspaceId(), mockup);
    }

    /** The latest mockup of the page whose exported file is {@code slug.html}: what the mockups' own links point at. */
    public String latestBySlug(Identity identity, String projectId, String slug) {
        projects.get(identity, projectId);
        Page page = store.list(identity.workspaceId(), projectId).stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Page", slug + ".html"));
        if (page.latestMockup() == 0) {
            throw ProblemException.notFound("Mockup of page", slug);
        }
        Mockup mockup = store.mockup(identity.workspaceId(), projectId, page.id(), page.latestMockup())
                .orElseThrow(() -> ProblemException.notFound("Mockup of page", slug));
        return read(identity.workspaceId(), mockup);
    }

    /**
     * Renders every page of the project. A project without pages gets the pages of its plan (the
     * latest succeeded generation's PRD) first.
     */
    public List<Rendered> renderAll(Identity identity, String projectId) {
        Project project = projects.getForWrite(identity, projectId);
        JsonNode prd = plan(identity.workspaceId(), projectId).orElse(null);
        if (store.list(identity.workspaceId(), projectId).isEmpty() && prd != null) {
            int order = 0;
            for (JsonNode planned : prd.path("pages")) {
                List<String> elements = new ArrayList<>();
                planned.path("keyElements").forEach(e -> elements.add(e.asText()));
                pages.createIfAbsent(identity, projectId, planned.path("name").asText(), planned.path("path").asText(),
                        planned.path("purpose").asText(null), elements, planned.path("device").asText("responsive"), order++);
            }
        }
        List<Rendered> rendered = new ArrayList<>();
        List<Page> all = store.list(identity.workspaceId(), projectId);
        List<PageLink> links = links(all);
        Map<String, String> tokens = tokens(identity.workspaceId(), projectId);
        for (Page page : all) {
            String html = renderer.render(project.name(), PageSpecs.of(page, prd), links, tokens);
            Mockup mockup = add(identity, page, html, "Rendered from the page spec", "ai");
            rendered.add(new Rendered(page.id(), page.path(), mockup.number()));
        }
        return rendered;
    }

    public DesignSystem designSystem(Identity identity, String projectId) {
        projects.get(identity, projectId);
        List<MockupDocument> documents = latestDocuments(identity.workspaceId(), projectId);
        ExtractedDesign extracted = extractor.extract(documents);
        PageStore.Confirmations confirmations = store.confirmations(identity.workspaceId(), projectId);
        Map<String, DesignSystem.Token> tokens = new TreeMap<>();
        for (DesignToken token : extracted.tokens()) {
            tokens.put(token.name(), new DesignSystem.Token(token.name(), token.category(), token.value(), "extracted",
                    token.usageCount(), token.confidence()));
        }
        confirmations.tokens().forEach((name, value) -> {
            DesignSystem.Token found = tokens.get(name);
            tokens.put(name, new DesignSystem.Token(name, found == null ? category(name) : found.category(), value,
                    "confirmed", found == null ? 0 : found.usageCount(), 1.0));
        });
        return new DesignSystem(List.copyOf(tokens.values()), extracted, extracted.components(), documents.size(),
                confirmations.version());
    }

    /**
     * Confirms or overrides tokens ({@code {"tokens": {"color-primary": "#1d4ed8", "space-2": null}}}; null
     * takes a confirmation back), quoting the version read ({@code If-Match} or a {@code version} field).
     */
    public DesignSystem confirm(Identity identity, String projectId, Long ifMatch, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        Fields.rejectUnknown(body, Set.of("tokens", "version"), errors);
        Object tokens = body.get("tokens");
        Map<String, String> changes = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        if (!(tokens instanceof Map<?, ?> map) || map.isEmpty()) {
            errors.add(new FieldError("tokens", "must be an object of token name → value (null to take one back)"));
        } else {
            map.forEach((name, value) -> {
                String key = String.valueOf(name);
                if (!TOKEN_NAME.matcher(key).matches()) {
                    errors.add(new FieldError("tokens/" + key, "is not a token name (lowercase words joined by hyphens)"));
                } else if (value == null) {
                    removed.add(key);
                } else if (!(value instanceof String text) || !TOKEN_VALUE.matcher(text.strip()).matches()) {
                    errors.add(new FieldError("tokens/" + key, "must be a CSS value of at most 100 characters without ; { } < > url() or comments"));
                } else {
                    changes.put(key, text.strip());
                }
            });
        }
        Long version = body.get("version") instanceof Number n ? n.longValue() : ifMatch;
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        projects.getForWrite(identity, projectId);
        PageStore.Confirmations current = store.confirmations(identity.workspaceId(), projectId);
        if (version == null) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "Send the design system's version you read (If-Match or 'version'); current is " + current.version());
        }
        if (version != current.version()) {
            throw stale(version, current.version());
        }
        Map<String, String> next = new TreeMap<>(current.tokens());
        next.putAll(changes);
        removed.forEach(next::remove);
        if (store.saveConfirmations(identity.workspaceId(), projectId, next, version) != PageStore.Outcome.OK) {
            throw stale(version, -1);
        }
        return designSystem(identity, projectId);
    }

    public List<InferredEntity> entities(Identity identity, String projectId) {
        projects.get(identity, projectId);
        return inference.infer(latestDocuments(identity.workspaceId(), projectId));
    }

    /**
     * Stores the HTML and adds it as the page's next version. The document does not depend on its
     * version number, so when another version lands first only the numbering is redone, not the
     * render: concurrent renders of one page all become versions, in some order, and none is lost.
     */
    private Mockup add(Identity identity, Page page, String html, String description, String changedBy) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String sha = AppFiles.sha256(body);
        String key = "ws/" + identity.workspaceId() + "/mockups/" + sha;
        if (!blobs.exists(key)) {
            blobs.put(key, body, "text/html; charset=utf-8");
        }
        ExtractedDesign found = extractor.extract(List.of(new MockupDocument(page.id(), page.slug(), html)));
        Page current = page;
        for (int attempt = 0; attempt < ADD_ATTEMPTS; attempt++) {
            Mockup mockup = new Mockup(identity.workspaceId(), current.projectId(), current.id(), current.latestMockup() + 1,
                    key, sha, body.length, description, changedBy, current.latestMockup(), identity.userId(), clock.instant(),
                    found.colors().stream().map(c -> c.value()).toList(),
                    found.components().stream().map(c -> c.kind()).distinct().toList(), found.spacing().baseUnitPx());
            Optional<Mockup> added = store.addMockup(current, mockup);
            if (added.isPresent()) {
                return added.get();
            }
            current = store.find(identity.workspaceId(), page.projectId(), page.id())
                    .orElseThrow(() -> ProblemException.notFound("Page", page.id()));
        }
        throw new ProblemException(ProblemKind.CONFLICT, "Page " + page.id() + " is getting many mockups at once: try again");
    }

    private String render(Project project, Page page, JsonNode prd) {
        return renderer.render(project.name(), PageSpecs.of(page, prd),
                links(store.list(page.workspaceId(), page.projectId())), tokens(page.workspaceId(), page.projectId()));
    }

    private static List<PageLink> links(List<Page> pages) {
        return pages.stream().map(p -> new PageLink(p.id(), p.name(), p.slug(), p.path())).toList();
    }

    /** The renderer's defaults, with people's confirmations over them. */
    private Map<String, String> tokens(String workspaceId, String projectId) {
        Map<String, String> tokens = new TreeMap<>(MockupRenderer.defaultTokens());
        tokens.putAll(store.confirmations(workspaceId, projectId).tokens());
        return tokens;
    }

    private List<MockupDocument> latestDocuments(String workspaceId, String projectId) {
        return new TokensInForce(store, blobs, extractor).latest(workspaceId, projectId);
    }

    private String read(String workspaceId, Mockup mockup) {
        if (!mockup.htmlKey().startsWith("ws/" + workspaceId + "/")) {
            throw new IllegalStateException("mockup " + mockup.htmlKey() + " is not in workspace " + workspaceId);
        }
        return new String(blobs.get(mockup.htmlKey()).orElseThrow(() ->
                new IllegalStateException("mockup HTML " + mockup.htmlKey() + " is missing")), StandardCharsets.UTF_8);
    }

    private Optional<JsonNode> plan(String workspaceId, String projectId) {
        return generations.latestPlanKey(workspaceId, projectId).flatMap(blobs::get).map(body -> {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("the project's plan is not JSON", e);
            }
        });
    }

    private static String category(String name) {
        return name.startsWith("color") ? "color" : name.startsWith("space") ? "spacing"
                : name.startsWith("radius") ? "radius" : name.startsWith("shadow") ? "shadow" : "typography";
    }

    private static ProblemException stale(long sent, long current) {
        return new ProblemException(ProblemKind.VERSION_CONFLICT, "The design system is at version "
                + (current < 0 ? "newer than " + sent : current) + ", you sent " + sent + ": read it again and reapply your change");
    }
}
