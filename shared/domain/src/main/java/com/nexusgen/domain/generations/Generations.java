package com.nexusgen.domain.generations;

import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.FileManifest;
import com.nexusgen.domain.common.Fields;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Identity;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What people do with generations through the API: start one on a project, follow it, approve or
 * reject its plan, cancel it, and read the versions it saved and the model usage it cost.
 */
public final class Generations {
    public static final int MAX_PROMPT = 8000;
    public static final int MAX_FEEDBACK = 4000;
    private static final Set<String> START_FIELDS = Set.of("prompt", "approval");
    private static final Pattern APPROVAL = Pattern.compile("auto|required");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final GenerationStore store;
    private final GenerationWorkflow workflow;
    private final Projects projects;
    private final AppFiles files;
    private final Clock clock;

    public Generations(GenerationStore store, GenerationWorkflow workflow, Projects projects, AppFiles files, Clock clock) {
        this.store = store;
        this.workflow = workflow;
        this.projects = projects;
        this.files = files;
        this.clock = clock;
    }

    /** A generation as the API shows it: the item plus the execution's progress. */
    public record View(Generation generation, List<GenerationWorkflow.ProgressEvent> progress) {
    }

    public Generation start(Identity identity, String projectId, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        Fields.rejectUnknown(body, START_FIELDS, errors);
        String prompt = Fields.requiredString(body, "prompt", null, MAX_PROMPT, errors);
        String approval = Fields.optionalString(body, "approval", APPROVAL, 10, errors);
        if (prompt != null && prompt.isBlank()) {
            errors.add(new FieldError("prompt", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Project project = projects.getForWrite(identity, projectId);
        var now = clock.instant();
        Generation generation = new Generation(identity.workspaceId(), Ids.newId(clock), projectId, prompt.strip(),
                "required".equals(approval) ? Generation.Approval.REQUIRED : Generation.Approval.AUTO,
                GenerationStatus.QUEUED, "Queued", null, identity.userId(), now, now, Map.of(), 0, null, null,
                null, null, UsageTotals.ZERO, null);
        store.create(generation);

        Map<String, Object> input = new LinkedHashMap<>();
        input.put("generationId", generation.id());
        input.put("workspaceId", generation.workspaceId());
        input.put("projectId", projectId);
        input.put("prompt", generation.prompt());
        input.put("approval", generation.approval().wireName());
        Map<String, Object> projectFields = new LinkedHashMap<>();
        projectFields.put("name", project.name());
        projectFields.put("description", project.description());
        projectFields.put("type", project.type().wireName());
        projectFields.put("targetFeeling", project.targetFeeling());
        input.put("project", projectFields);
        input.put("baseVersion", store.latestVersion(identity.workspaceId(), projectId)
                .map(ProjectVersion::number).orElse(0));
        String arn;
        try {
            arn = workflow.start(generation.id(), input);
        } catch (RuntimeException e) {
            // Nothing will run: say so on the generation rather than leave it queued forever.
            store.apply(generation.workspaceId(), generation.id(), Transition.whileActive().to(GenerationStatus.FAILED)
                    .state("Start").failure("WorkflowStartFailed", String.valueOf(e.getMessage())));
            throw e;
        }
        return store.apply(generation.workspaceId(), generation.id(), Transition.whileActive().executionArn(arn))
                .orElse(generation);
    }

    public View get(Caller caller, String generationId) {
        Generation generation = find(caller, generationId);
        List<GenerationWorkflow.ProgressEvent> progress = generation.executionArn() == null ? List.of()
                : workflow.progress(generation.executionArn());
        return new View(generation, progress);
    }

    /** The generation's current plan (the PRD as JSON text); 404 while there is none yet. */
    public String plan(Caller caller, String generationId) {
        Generation generation = find(caller, generationId);
        if (generation.planKey() == null) {
            throw ProblemException.notFound("Plan of generation", generationId);
        }
        return files.readText(caller.workspaceId(), generation.planKey());
    }

    public Generation approve(Caller caller, String generationId) {
        return decide(caller, generationId, null, "{\"decision\":\"approved\"}");
    }

    public Generation reject(Caller caller, String generationId, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        Fields.rejectUnknown(body, Set.of("feedback"), errors);
        String feedback = Fields.requiredString(body, "feedback", null, MAX_FEEDBACK, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        String decision = "{\"decision\":\"rejected\",\"feedback\":" + jsonString(feedback.strip()) + "}";
        return decide(caller, generationId, feedback.strip(), decision);
    }

    public Generation cancel(Caller caller, String generationId) {
        requireWriter(caller);
        Generation current = find(caller, generationId);
        Generation cancelled = store.apply(caller.workspaceId(), generationId, Transition.whileActive()
                        .to(GenerationStatus.CANCELLED).clearTaskToken().failure("Cancelled", "Cancelled by " + caller.userId()))
                .orElseThrow(() -> notActive(current));
        if (cancelled.executionArn() != null) {
            workflow.stop(cancelled.executionArn(), "Cancelled by " + caller.userId());
        }
        return cancelled;
    }

    public Page<ProjectVersion> versions(Identity identity, String projectId, PageRequest page) {
        projects.get(identity, projectId);
        return store.versions(identity.workspaceId(), projectId, page);
    }

    public FileManifest files(Identity identity, String projectId, int number) {
        ProjectVersion version = version(identity, projectId, number);
        return files.manifest(identity.workspaceId(), version.manifestKey());
    }

    /** One file's content in a version; 404 when the version has no such file. */
    public String file(Identity identity, String projectId, int number, String path) {
        ProjectVersion version = version(identity, projectId, number);
        FileManifest manifest = files.manifest(identity.workspaceId(), version.manifestKey());
        return manifest.entries().stream().filter(e -> e.path().equals(path)).findFirst()
                .map(e -> files.read(identity.workspaceId(), e))
                .orElseThrow(() -> ProblemException.notFound("File", path));
    }

    /** Usage in a month ("2026-11"); the current month (UTC) when none is given. */
    public MonthlyUsage usage(Caller caller, String month) {
        String value = month == null || month.isBlank() ? YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString() : month;
        try {
            if (!MONTH.matcher(value).matches()) {
                throw new DateTimeParseException("not yyyy-MM", value, 0);
            }
            YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", "must be a month like 2026-11");
        }
        return store.monthlyUsage(caller.workspaceId(), value);
    }

    private ProjectVersion version(Identity identity, String projectId, int number) {
        projects.get(identity, projectId);
        return store.version(identity.workspaceId(), projectId, number)
                .orElseThrow(() -> ProblemException.notFound("Version", Integer.toString(number)));
    }

    private Generation decide(Caller caller, String generationId, String feedback, String decisionJson) {
        requireWriter(caller);
        Generation current = find(caller, generationId);
        String token = store.taskToken(caller.workspaceId(), generationId).orElse(null);
        if (current.status() != GenerationStatus.AWAITING_APPROVAL || token == null) {
            throw notActive(current);
        }
        Transition resume = Transition.from(EnumSet.of(GenerationStatus.AWAITING_APPROVAL))
                .to(GenerationStatus.RUNNING).clearTaskToken();
        if (feedback != null) {
            resume = resume.rejectedWith(feedback);
        }
        // The item changes first: of two people deciding at once, exactly one gets past this condition.
        Generation resumed = store.apply(caller.workspaceId(), generationId, resume).orElseThrow(() -> notActive(current));
        if (!workflow.resume(token, decisionJson)) {
            store.apply(caller.workspaceId(), generationId, Transition.whileActive().to(GenerationStatus.FAILED)
                    .failure("ApprovalExpired", "The workflow no longer waits for this approval"));
            throw new ProblemException(ProblemKind.CONFLICT, "The generation no longer waits for approval");
        }
        return resumed;
    }

    private Generation find(Caller caller, String generationId) {
        if (!Ids.isValid(generationId)) {
            throw ProblemException.notFound("Generation", generationId);
        }
        return store.find(caller.workspaceId(), generationId)
                .orElseThrow(() -> ProblemException.notFound("Generation", generationId));
    }

    private static void requireWriter(Caller caller) {
        if (!caller.role().canWriteProjects()) {
            throw ProblemException.forbidden("Only writers act on generations");
        }
    }

    private static ProblemException notActive(Generation generation) {
        return new ProblemException(ProblemKind.CONFLICT, "Generation " + generation.id() + " is "
                + generation.status().wireName() + (generation.status() == GenerationStatus.AWAITING_APPROVAL ? ""
                : generation.status().isFinal() ? " (final)" : ", not waiting for approval"));
    }

    /** A JSON string literal (the domain has no JSON library; the decision document is this small). */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
