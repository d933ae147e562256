package com.nexusgen.dynamodb;

import com.nexusgen.domain.workspaces.Member;
import com.nexusgen.domain.workspaces.Role;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;

/**
 * A membership ({@code SK=MEMBER#{user}}), also indexed by user on GSI1 ({@code USER#{user}} →
 * {@code WS#{ws}}) so "which workspaces is this user in" is one query.
 */
public final class MemberItem {
    public static final StaticTableSchema<MemberItem> SCHEMA = StaticTableSchema.builder(MemberItem.class)
            .newItemSupplier(MemberItem::new)
            .addAttribute(String.class, a -> a.name(Keys.PK).getter(MemberItem::getPk).setter(MemberItem::setPk)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Keys.SK).getter(MemberItem::getSk).setter(MemberItem::setSk)
                    .tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name(Keys.GSI1PK).getter(MemberItem::getGsi1pk).setter(MemberItem::setGsi1pk)
                    .tags(StaticAttributeTags.secondaryPartitionKey(Keys.GSI1)))
            .addAttribute(String.class, a -> a.name(Keys.GSI1SK).getter(MemberItem::getGsi1sk).setter(MemberItem::setGsi1sk)
                    .tags(StaticAttributeTags.secondarySortKey(Keys.GSI1)))
            .addAttribute(String.class, a -> a.name("entity").getter(i -> "Member").setter((i, v) -> { }))
            .addAttribute(String.class, a -> a.name("workspaceId").getter(MemberItem::getWorkspaceId).setter(MemberItem::setWorkspaceId))
            .addAttribute(String.class, a -> a.name("userId").getter(MemberItem::getUserId).setter(MemberItem::setUserId))
            .addAttribute(String.class, a -> a.name("role").getter(MemberItem::getRole).setter(MemberItem::setRole))
            .addAttribute(String.class, a -> a.name("email").getter(MemberItem::getEmail).setter(MemberItem::setEmail))
            .addAttribute(String.class, a -> a.name("displayName").getter(MemberItem::getDisplayName).setter(MemberItem::setDisplayName))
            .addAttribute(Instant.class, a -> a.name("addedAt").getter(MemberItem::getAddedAt).setter(MemberItem::setAddedAt))
            .addAttribute(String.class, a -> a.name("addedBy").getter(MemberItem::getAddedBy).setter(MemberItem::setAddedBy))
            .addAttribute(Long.class, a -> a.name("version").getter(MemberItem::getVersion).setter(MemberItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String pk;
    private String sk;
    private String gsi1pk;
    private String gsi1sk;
    private String workspaceId;
    private String userId;
    private String role;
    private String email;
    private String displayName;
    private Instant addedAt;
    private String addedBy;
    private Long version;

    static MemberItem from(Member m) {
        MemberItem item = new MemberItem();
        item.pk = Keys.workspace(m.workspaceId());
        item.sk = Keys.member(m.userId());
        item.gsi1pk = Keys.user(m.userId());
        item.gsi1sk = Keys.workspace(m.workspaceId());
        item.workspaceId = m.workspaceId();
        item.userId = m.userId();
        item.role = m.role().wireName();
        item.email = m.email();
        item.displayName = m.displayName();
        item.addedAt = m.addedAt();
        item.addedBy = m.addedBy();
        item.version = null; // inserts only: the extension writes version 1 if the item is new
        return item;
    }

    Member toMember() {
        return new Member(workspaceId, userId, Role.parse(role).orElse(Role.VIEWER), email, displayName, addedAt,
                addedBy, version == null ? 1 : version);
    }

    public String getPk() { return pk; }
    public void setPk(String pk) { this.pk = pk; }
    public String getSk() { return sk; }
    public void setSk(String sk) { this.sk = sk; }
    public String getGsi1pk() { return gsi1pk; }
    public void setGsi1pk(String gsi1pk) { this.gsi1pk = gsi1pk; }
    public String getGsi1sk() { return gsi1sk; }
    public void setGsi1sk(String gsi1sk) { this.gsi1sk = gsi1sk; }
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String workspaceId) { this.workspaceId = workspaceId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Instant getAddedAt() { return addedAt; }
    public void setAddedAt(Instant addedAt) { this.addedAt = addedAt; }
    public String getAddedBy() { return addedBy; }
    public void setAddedBy(String addedBy) { this.addedBy = addedBy; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
