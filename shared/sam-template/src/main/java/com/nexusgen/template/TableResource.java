package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An {@code AWS::DynamoDB::Table} resource.
 *
 * @param logicalId  the resource's logical id
 * @param properties its {@code Properties}, unresolved
 */
public record TableResource(String logicalId, JsonNode properties) {

    /**
     * The table as a {@code CreateTableRequest}, with intrinsics evaluated and the resolver's physical name
     * for this resource as the table name (so {@code !Ref Table} elsewhere names the same table).
     */
    public TableDefinition definition(LocalResolver resolver) {
        JsonNode resolved = resolver.resolve(properties, "Resources." + logicalId + ".Properties");
        return TableDefinitions.fromProperties(resolver.physicalName(logicalId), resolved);
    }
}
