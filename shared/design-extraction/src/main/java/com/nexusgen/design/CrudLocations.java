package com.nexusgen.design;

import java.util.List;

/** The pages where an entity is created, read, updated and deleted; each list sorted. */
public record CrudLocations(List<String> create, List<String> read, List<String> update, List<String> delete) {

    public CrudLocations {
        create = List.copyOf(create);
        read = List.copyOf(read);
        update = List.copyOf(update);
        delete = List.copyOf(delete);
    }
}
