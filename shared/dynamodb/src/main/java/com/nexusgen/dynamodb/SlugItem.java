package com.nexusgen.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Claims a project slug inside a workspace ({@code SK=SLUG#{slug}}): DynamoDB has no secondary
 * unique constraints, so uniqueness is an item written with attribute_not_exists in the same
 * transaction as the project.
 */
public final class SlugItem {
    public static final StaticTableSchema<SlugItem> SCHEMA = StaticTableSchema.builder(SlugItem.class)
            .newItemSupplier(SlugItem::new)
            .addAttribute(String.class, a -> a.name(Keys.PK).getter(SlugItem::getPk).setter(SlugItem::setPk)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Keys.SK).getter(SlugItem::getSk).setter(SlugItem::setSk)
                    .tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("entity").getter(i -> "Slug").setter((i, v) -> { }))
            .addAttribute(String.class, a -> a.name("projectId").getter(SlugItem::getProjectId).setter(SlugItem::setProjectId))
            .build();

    private String pk;
    private String sk;
    private String projectId;

    static SlugItem of(String workspaceId, String slug, String projectId) {
        SlugItem item = new SlugItem();
        item.pk = Keys.workspace(workspaceId);
        item.sk = Keys.slug(slug);
        item.projectId = projectId;
        return item;
    }

    public String getPk() { return pk; }
    public void setPk(String pk) { this.pk = pk; }
    public String getSk() { return sk; }
    public void setSk(String sk) { this.sk = sk; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
}
