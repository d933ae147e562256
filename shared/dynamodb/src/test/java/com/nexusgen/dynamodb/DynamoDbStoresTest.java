package com.nexusgen.dynamodb;

import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.ProjectStatus;
import com.nexusgen.domain.projects.ProjectStore;
import com.nexusgen.domain.projects.ProjectType;
import com.nexusgen.domain.workspaces.Member;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.domain.workspaces.Workspace;
import com.nexusgen.domain.workspaces.WorkspaceStore;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stores against DynamoDB Local, on the table template.yaml defines. */
class DynamoDbStoresTest {
    private static EmbeddedDynamoDb dynamoDb;
    private static ProjectStore projects;
    private static WorkspaceStore workspaces;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "store-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        SingleTable single = new SingleTable(dynamoDb.client(), table.tableName());
        projects = new DynamoDbProjectStore(single);
        workspaces = new DynamoDbWorkspaceStore(single);
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void create_shouldRoundTripEveryField_andClaimTheSlug() {
        String ws = workspace();
        Project project = project(ws, "recipes");
        assertEquals(ProjectStore.Outcome.OK, projects.create(project));
        Project stored = projects.find(ws, project.id()).orElseThrow();
        assertEquals(project.name(), stored.name());
        assertEquals(List.of("Pinterest"), stored.referenceApps());
        assertEquals(Map.of("nested", Map.of("n", 3L, "ok", true), "tags", List.of("a", "b")), stored.settings());
        assertEquals(1, stored.version());
        // the same slug in the same workspace is refused, in another workspace it is fine
        assertEquals(ProjectStore.Outcome.SLUG_TAKEN, projects.create(project(ws, "recipes")));
        assertEquals(ProjectStore.Outcome.OK, projects.create(project(workspace(), "recipes")));
        assertTrue(projects.find(ws, Ids.newId(Clock.systemUTC())).isEmpty());
    }

    @Test
    void create_shouldRequireAWriterMembership_inTheSameTransaction() {
        String ws = workspace();
        Project first = project(ws, "first"); // makes the workspace, u1 a member
        assertEquals(ProjectStore.Outcome.OK, projects.create(first));
        workspaces.addMember(member(ws, "v", Role.VIEWER));
        Project byViewer = new Project(ws, Ids.newId(Clock.systemUTC()), "x", "by-viewer", null, ProjectType.WEB_APP,
                ProjectStatus.DRAFT, null, null, null, null, null, null, "v", Instant.now(), Instant.now(), 1);
        assertEquals(ProjectStore.Outcome.NOT_A_WRITER, projects.create(byViewer));
        // a stranger reusing a taken slug learns nothing about it: not a writer comes first
        Project byStranger = new Project(ws, Ids.newId(Clock.systemUTC()), "x", "first", null, ProjectType.WEB_APP,
                ProjectStatus.DRAFT, null, null, null, null, null, null, "stranger", Instant.now(), Instant.now(), 1);
        assertEquals(ProjectStore.Outcome.NOT_A_WRITER, projects.create(byStranger));
        assertTrue(projects.find(ws, byViewer.id()).isEmpty());
    }

    @Test
    void update_shouldBeConditionalOnTheVersion_andMoveTheSlugClaim() {
        String ws = workspace();
        Project v1 = project(ws, "kanban");
        projects.create(v1);
        Project renamed = copy(v1, "kanban-boards", 1);
        assertEquals(ProjectStore.Outcome.OK, projects.update(renamed, "kanban"));
        assertEquals(2, projects.find(ws, v1.id()).orElseThrow().version());
        // a writer still holding version 1 loses, and changes nothing
        assertEquals(ProjectStore.Outcome.STALE, projects.update(copy(v1, "stale-slug", 1), "kanban-boards"));
        assertEquals("kanban-boards", projects.find(ws, v1.id()).orElseThrow().slug());
        // the old slug is free again, the new one is taken
        assertEquals(ProjectStore.Outcome.OK, projects.create(project(ws, "kanban")));
        assertEquals(ProjectStore.Outcome.SLUG_TAKEN, projects.create(project(ws, "kanban-boards")));
    }

    @Test
    void concurrentUpdates_shouldLetExactlyOneWinPerVersion() throws Exception {
        String ws = workspace();
        Project v1 = project(ws, "race");
        projects.create(v1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ProjectStore.Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            results.add(pool.submit(() -> projects.update(copyNamed(v1, "writer " + n), "race")));
        }
        int wins = 0;
        for (Future<ProjectStore.Outcome> result : results) {
            if (result.get() == ProjectStore.Outcome.OK) {
                wins++;
            }
        }
        pool.shutdown();
        assertEquals(1, wins);
        assertEquals(2, projects.find(ws, v1.id()).orElseThrow().version());
    }

    @Test
    void list_shouldPageInCreationOrder_andRejectForgedCursors() {
        String ws = workspace();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Project p = project(ws, "p" + i);
            projects.create(p);
            ids.add(p.id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Project> page = projects.list(ws, PageRequest.of(3, cursor));
            page.items().forEach(p -> seen.add(p.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(ids.stream().sorted().toList(), seen);
        assertThrows(ProblemException.class, () -> projects.list(ws, PageRequest.of(3, "%%%")));
    }

    @Test
    void delete_shouldFreeTheSlug_andRespectAnExpectedVersion() {
        String ws = workspace();
        Project p = project(ws, "gone");
        projects.create(p);
        assertEquals(ProjectStore.Outcome.STALE, projects.delete(ws, p.id(), "gone", 5L));
        assertEquals(ProjectStore.Outcome.OK, projects.delete(ws, p.id(), "gone", 1L));
        assertEquals(ProjectStore.Outcome.NOT_FOUND, projects.delete(ws, p.id(), "gone", null));
        assertEquals(ProjectStore.Outcome.OK, projects.create(project(ws, "gone")));
    }

    @Test
    void findWithMember_shouldReadTheProjectAndTheMembershipTogether() {
        String ws = workspace();
        Instant now = Instant.now();
        workspaces.createWorkspace(new Workspace(ws, ws, now, now, 1), member(ws, "owner", Role.OWNER));
        workspaces.addMember(member(ws, "viewer", Role.VIEWER));
        workspaces.addMember(member(ws, "u1", Role.MEMBER));
        Project p = project(ws, "together");
        assertEquals(ProjectStore.Outcome.OK, projects.create(p));

        var both = projects.findWithMember(ws, "viewer", p.id());
        assertEquals(Role.VIEWER, both.member().orElseThrow().role());
        assertEquals("Project together", both.project().orElseThrow().name());

        var stranger = projects.findWithMember(ws, "stranger", p.id());
        assertTrue(stranger.member().isEmpty());
        assertTrue(stranger.project().isPresent());

        var missing = projects.findWithMember(ws, "owner", Ids.newId(Clock.systemUTC()));
        assertEquals(Role.OWNER, missing.member().orElseThrow().role());
        assertTrue(missing.project().isEmpty());

        var memberOnly = projects.findWithMember(ws, "owner", null);
        assertTrue(memberOnly.member().isPresent() && memberOnly.project().isEmpty());
    }

    @Test
    void members_shouldNeverLoseTheLastOwner() {
        String ws = workspace();
        Instant now = Instant.now();
        assertTrue(workspaces.createWorkspace(new Workspace(ws, ws, now, now, 1), member(ws, "o1", Role.OWNER)));
        assertFalse(workspaces.createWorkspace(new Workspace(ws, ws, now, now, 1), member(ws, "o1", Role.OWNER)));
        assertTrue(workspaces.addMember(member(ws, "o2", Role.OWNER)));
        assertTrue(workspaces.addMember(member(ws, "v1", Role.VIEWER)));
        assertFalse(workspaces.addMember(member(ws, "v1", Role.MEMBER)));
        assertEquals(3, workspaces.listMembers(ws).size());
        assertEquals(WorkspaceStore.Removal.REMOVED, workspaces.removeMember(ws, "o1"));
        assertEquals(WorkspaceStore.Removal.LAST_OWNER, workspaces.removeMember(ws, "o2"));
        assertEquals(WorkspaceStore.Removal.NOT_FOUND, workspaces.removeMember(ws, "o1"));
        assertEquals(Role.OWNER, workspaces.findMember(ws, "o2").orElseThrow().role());
        assertNull(workspaces.findMember(ws, "o1").orElse(null));
    }

    private static String workspace() {
        return "ws-" + UUID.randomUUID();
    }

    private static Member member(String ws, String user, Role role) {
        return new Member(ws, user, role, null, null, Instant.now(), "test", 1);
    }

    /** A project created by u1, a member of {@code ws} (made on first use: creating needs a writer). */
    private static Project project(String ws, String slug) {
        Instant now = Instant.now();
        if (workspaces.findWorkspace(ws).isEmpty()) {
            workspaces.createWorkspace(new Workspace(ws, ws, now, now, 1), member(ws, "owner", Role.OWNER));
            workspaces.addMember(member(ws, "u1", Role.MEMBER));
        }
        return new Project(ws, Ids.newId(Clock.systemUTC()), "Project " + slug, slug, "desc", ProjectType.WEB_APP,
                ProjectStatus.DRAFT, "vision", "playful", List.of("Pinterest"), "chef", "#112233",
                Map.of("nested", Map.of("n", 3, "ok", true), "tags", List.of("a", "b")), "u1", now, now, 1);
    }

    private static Project copy(Project p, String slug, long version) {
        return new Project(p.workspaceId(), p.id(), p.name(), slug, p.description(), p.type(), p.status(),
                p.visionStatement(), p.targetFeeling(), p.referenceApps(), p.icon(), p.color(), p.settings(),
                p.createdBy(), p.createdAt(), Instant.now(), version);
    }

    private static Project copyNamed(Project p, String name) {
        return new Project(p.workspaceId(), p.id(), name, p.slug(), p.description(), p.type(), p.status(),
                p.visionStatement(), p.targetFeeling(), p.referenceApps(), p.icon(), p.color(), p.settings(),
                p.createdBy(), p.createdAt(), Instant.now(), 1);
    }
}
