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

    public static String slug(String slug) {
        return SLUG_PREFIX + slug;
    }
}
