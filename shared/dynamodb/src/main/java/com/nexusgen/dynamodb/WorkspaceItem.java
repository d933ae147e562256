package com.nexusgen.dynamodb;

import com.nexusgen.domain.workspaces.Workspace;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;

/**
 * A workspace ({@code SK=WORKSPACE}). {@code ownerCount} is kept here, under the version lock, so
 * "never remove the last owner" is decided atomically with the removal.
 */
public final class WorkspaceItem {
    public static final StaticTableSchema<WorkspaceItem> SCHEMA = StaticTableSchema.builder(WorkspaceItem.class)
            .newItemSupplier(WorkspaceItem::new)
            .addAttribute(String.class, a -> a.name(Keys.PK).getter(WorkspaceItem::getPk).setter(WorkspaceItem::setPk)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Keys.SK).getter(WorkspaceItem::getSk).setter(WorkspaceItem::setSk)
                    .tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("entity").getter(i -> "Workspace").setter((i, v) -> { }))
            .addAttribute(String.class, a -> a.name("id").getter(WorkspaceItem::getId).setter(WorkspaceItem::setId))
            .addAttribute(String.class, a -> a.name("name").getter(WorkspaceItem::getName).setter(WorkspaceItem::setName))
            .addAttribute(Integer.class, a -> a.name("ownerCount").getter(WorkspaceItem::getOwnerCount).setter(WorkspaceItem::setOwnerCount))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(WorkspaceItem::getCreatedAt).setter(WorkspaceItem::setCreatedAt))
            .addAttribute(Instant.class, a -> a.name("updatedAt").getter(WorkspaceItem::getUpdatedAt).setter(WorkspaceItem::setUpdatedAt))
            .addAttribute(Long.class, a -> a.name("version").getter(WorkspaceItem::getVersion).setter(WorkspaceItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String pk;
    private String sk;
    private String id;
    private String name;
    private Integer ownerCount;
    private Instant createdAt;
    private Instant updatedAt;
    private Long version;

    static WorkspaceItem from(Workspace w, int ownerCount, Long version) {
        WorkspaceItem item = new WorkspaceItem();
        item.pk = Keys.workspace(w.id());
        item.sk = Keys.WORKSPACE_SK;
        item.id = w.id();
        item.name = w.name();
        item.ownerCount = ownerCount;
        item.createdAt = w.createdAt();
        item.updatedAt = w.updatedAt();
        item.version = version;
        return item;
    }

    Workspace toWorkspace() {
        return new Workspace(id, name, createdAt, updatedAt, version == null ? 1 : version);
    }

    public String getPk() { return pk; }
    public void setPk(String pk) { this.pk = pk; }
    public String getSk() { return sk; }
    public void setSk(String sk) { this.sk = sk; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getOwnerCount() { return ownerCount; }
    public void setOwnerCount(Integer ownerCount) { this.ownerCount = ownerCount; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
