package com.nexusgen.dynamodb;

import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.ProjectStatus;
import com.nexusgen.domain.projects.ProjectType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project as stored: {@code PK=WS#{ws}}, {@code SK=PROJECT#{id}}. */
public final class ProjectItem {
    /** Built once per JVM: a static schema avoids the reflection a bean schema pays at cold start. */
    public static final StaticTableSchema<ProjectItem> SCHEMA = StaticTableSchema.builder(ProjectItem.class)
            .newItemSupplier(ProjectItem::new)
            .addAttribute(String.class, a -> a.name(Keys.PK).getter(ProjectItem::getPk).setter(ProjectItem::setPk)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Keys.SK).getter(ProjectItem::getSk).setter(ProjectItem::setSk)
                    .tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("entity").getter(i -> "Project").setter((i, v) -> { }))
            .addAttribute(String.class, a -> a.name("workspaceId").getter(ProjectItem::getWorkspaceId).setter(ProjectItem::setWorkspaceId))
            .addAttribute(String.class, a -> a.name("id").getter(ProjectItem::getId).setter(ProjectItem::setId))
            .addAttribute(String.class, a -> a.name("name").getter(ProjectItem::getName).setter(ProjectItem::setName))
            .addAttribute(String.class, a -> a.name("slug").getter(ProjectItem::getSlug).setter(ProjectItem::setSlug))
            .addAttribute(String.class, a -> a.name("description").getter(ProjectItem::getDescription).setter(ProjectItem::setDescription))
            .addAttribute(String.class, a -> a.name("type").getter(ProjectItem::getType).setter(ProjectItem::setType))
            .addAttribute(String.class, a -> a.name("status").getter(ProjectItem::getStatus).setter(ProjectItem::setStatus))
            .addAttribute(String.class, a -> a.name("visionStatement").getter(ProjectItem::getVisionStatement).setter(ProjectItem::setVisionStatement))
            .addAttribute(String.class, a -> a.name("targetFeeling").getter(ProjectItem::getTargetFeeling).setter(ProjectItem::setTargetFeeling))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("referenceApps").getter(ProjectItem::getReferenceApps).setter(ProjectItem::setReferenceApps))
            .addAttribute(String.class, a -> a.name("icon").getter(ProjectItem::getIcon).setter(ProjectItem::setIcon))
            .addAttribute(String.class, a -> a.name("color").getter(ProjectItem::getColor).setter(ProjectItem::setColor))
            .addAttribute(new JsonAttributes().type(), a -> a.name("settings").getter(ProjectItem::getSettings).setter(ProjectItem::setSettings)
                    .attributeConverter(new JsonAttributes()))
            .addAttribute(String.class, a -> a.name("createdBy").getter(ProjectItem::getCreatedBy).setter(ProjectItem::setCreatedBy))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(ProjectItem::getCreatedAt).setter(ProjectItem::setCreatedAt))
            .addAttribute(Instant.class, a -> a.name("updatedAt").getter(ProjectItem::getUpdatedAt).setter(ProjectItem::setUpdatedAt))
            .addAttribute(Long.class, a -> a.name("version").getter(ProjectItem::getVersion).setter(ProjectItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String pk;
    private String sk;
    private String workspaceId;
    private String id;
    private String name;
    private String slug;
    private String description;
    private String type;
    private String status;
    private String visionStatement;
    private String targetFeeling;
    private List<String> referenceApps;
    private String icon;
    private String color;
    private Map<String, Object> settings;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Long version;

    /**
     * @param version the version the write expects to find (null for an insert); the versioned-record
     *                extension makes the write conditional on it and stores version + 1.
     */
    static ProjectItem from(Project p, Long version) {
        ProjectItem item = new ProjectItem();
        item.pk = Keys.workspace(p.workspaceId());
        item.sk = Keys.project(p.id());
        item.workspaceId = p.workspaceId();
        item.id = p.id();
        item.name = p.name();
        item.slug = p.slug();
        item.description = p.description();
        item.type = p.type().wireName();
        item.status = p.status().wireName();
        item.visionStatement = p.visionStatement();
        item.targetFeeling = p.targetFeeling();
        item.referenceApps = p.referenceApps().isEmpty() ? null : p.referenceApps();
        item.icon = p.icon();
        item.color = p.color();
        item.settings = p.settings().isEmpty() ? null : p.settings();
        item.createdBy = p.createdBy();
        item.createdAt = p.createdAt();
        item.updatedAt = p.updatedAt();
        item.version = version;
        return item;
    }

    Project toProject() {
        return new Project(workspaceId, id, name, slug, description,
                ProjectType.parse(type).orElse(ProjectType.WEB_APP),
                ProjectStatus.parse(status).orElse(ProjectStatus.DRAFT),
                visionStatement, targetFeeling, referenceApps, icon, color, settings, createdBy, createdAt,
                updatedAt, version == null ? 1 : version);
    }

    public String getPk() { return pk; }
    public void setPk(String pk) { this.pk = pk; }
    public String getSk() { return sk; }
    public void setSk(String sk) { this.sk = sk; }
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String workspaceId) { this.workspaceId = workspaceId; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getVisionStatement() { return visionStatement; }
    public void setVisionStatement(String visionStatement) { this.visionStatement = visionStatement; }
    public String getTargetFeeling() { return targetFeeling; }
    public void setTargetFeeling(String targetFeeling) { this.targetFeeling = targetFeeling; }
    public List<String> getReferenceApps() { return referenceApps; }
    public void setReferenceApps(List<String> referenceApps) { this.referenceApps = referenceApps; }
    public String getIcon() { return icon; }
    public void setIcon(String icon) { this.icon = icon; }
    public String getColor() { return color; }
    public void setColor(String color) { this.color = color; }
    public Map<String, Object> getSettings() { return settings; }
    public void setSettings(Map<String, Object> settings) { this.settings = settings; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
