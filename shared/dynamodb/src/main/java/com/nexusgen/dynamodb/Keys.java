package com.nexusgen.dynamodb;

/**
 * The single-table key layout. Every partition key starts with the workspace, so a query built
 * from a caller's workspace can never read another tenant's items.
 *
 * <pre>
 * PK           SK                 GSI1PK         GSI1SK        item
 * WS#{ws}      WORKSPACE                                       workspace (ownerCount)
 * WS#{ws}      MEMBER#{user}      USER#{user}    WS#{ws}       membership
 * WS#{ws}      PROJECT#{id}                                    project
 * WS#{ws}      SLUG#{slug}                                     slug claim (uniqueness per workspace)
 * WS#{ws}      GENERATION#{id}    PROJECT#{p}    GENERATION#{id}  generation (usage totals, task token)
 * WS#{ws}      VERSION#{p}#{n}                                 project version (n zero-padded: sorts by number)
 * WS#{ws}      USAGE#{yyyy-MM}#{call}                          one model call (idempotency of the ledger)
 * WS#{ws}      USAGEMONTH#{yyyy-MM}                            the workspace's usage in a month, per agent
 * WS#{ws}      PAGE#{p}#{page}                                 page of a project
 * WS#{ws}      PAGESLUG#{p}#{slug}                             page slug claim (uniqueness per project)
 * WS#{ws}      MOCKUP#{p}#{page}#{n}                           mockup version (n zero-padded)
 * WS#{ws}      DESIGN#{p}                                      design-system confirmations of a project
 * FIX#{id}     FIX                                             fix-memory entry: shared by every tenant on purpose,
 *                                                              it holds an error signature and a transformation only
 * </pre>
 */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String WORKSPACE_SK = "WORKSPACE";
    public static final String MEMBER_PREFIX = "MEMBER#";
    public static final String PROJECT_PREFIX = "PROJECT#";
    public static final String SLUG_PREFIX = "SLUG#";

    private Keys() {
    }

    /** The fix memory's entries are the one thing not scoped by workspace: see {@link DynamoDbFixStore}. */
    public static String fix(String fixId) {
        return "FIX#" + fixId;
    }

    public static String workspace(String workspaceId) {
        return "WS#" + workspaceId;
    }

    public static String member(String userId) {
        return MEMBER_PREFIX + userId;
    }

    public static String user(String userId) {
        return "USER#" + userId;
    }

    public static String project(String projectId) {
        return PROJECT_PREFIX + projectId;
    }

    public static String generation(String generationId) {
        return "GENERATION#" + generationId;
    }

    /** Prefix of a project's versions; {@link #version} sorts by number. */
    public static String versionPrefix(String projectId) {
        return "VERSION#" + projectId + "#";
    }

    public static String version(String projectId, int number) {
        return versionPrefix(projectId) + String.format("%06d", number);
    }

    public static String usageCall(String month, String callId) {
        return "USAGE#" + month + "#" + callId;
    }

    public static String usageMonth(String month) {
        return "USAGEMONTH#" + month;
    }

    public static String pagePrefix(String projectId) {
        return "PAGE#" + projectId + "#";
    }

    public static String page(String projectId, String pageId) {
        return pagePrefix(projectId) + pageId;
    }

    public static String pageSlug(String projectId, String slug) {
        return "PAGESLUG#" + projectId + "#" + slug;
    }

    public static String mockupPrefix(String projectId, String pageId) {
        return "MOCKUP#" + projectId + "#" + pageId + "#";
    }

    public static String mockup(String projectId, String pageId, int number) {
        return mockupPrefix(projectId, pageId) + String.format("%06d", number);
    }

    public static String design(String projectId) {
        return "DESIGN#" + projectId;
    }

    public static String slug(String slug) {
        return SLUG_PREFIX + slug;
    }
}
