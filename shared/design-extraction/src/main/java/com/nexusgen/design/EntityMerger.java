package com.nexusgen.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Merges the sightings of all pages into entities: the same name across pages is one entity, the same field key is
 * one field. Forms decide types over tables and definitions (a select says enum where a column only shows words);
 * confidence grows with every page and signal that agrees.
 */
final class EntityMerger {

    private static final double MAX_CONFIDENCE = 0.99;

    private static final class FieldTally {
        String name;
        FieldTypes.Guess best;
        boolean required;
        boolean fromForm;
        double doubt = 1;
        final List<String> options = new ArrayList<>();

        void add(FieldSighting f) {
            FieldTypes.Guess guess = f.type();
            if (best == null || guess.authority() > best.authority()
                    || (guess.authority() == best.authority() && guess.confidence() > best.confidence())) {
                best = guess;
                if (name == null || f.fromForm() && !fromForm) {
                    name = f.name();
                }
            }
            if (name == null) {
                name = f.name();
            }
            fromForm |= f.fromForm();
            required |= f.required();
            doubt *= 1 - guess.confidence();
            for (String option : guess.options()) {
                if (options.stream().noneMatch(o -> o.equalsIgnoreCase(option))) {
                    options.add(option);
                }
            }
        }

        /** Another sighting of this field under a terser name: more evidence, the type stays the form's. */
        void absorb(FieldTally other) {
            doubt *= other.doubt;
        }

        InferredField toField() {
            boolean isEnum = best.type().equals(FieldTypes.ENUM);
            return new InferredField(name, best.type(), required, round(Math.min(MAX_CONFIDENCE, 1 - doubt)),
                    isEnum ? options : List.of());
        }
    }

    private static final class EntityTally {
        final String name;
        final Map<String, FieldTally> formFields = new LinkedHashMap<>();
        final Map<String, FieldTally> otherFields = new LinkedHashMap<>();
        final TreeSet<String> pages = new TreeSet<>();
        final Map<CrudOperation, TreeSet<String>> crud = new LinkedHashMap<>();
        double doubt = 1;

        EntityTally(String name) {
            this.name = name;
            for (CrudOperation op : CrudOperation.values()) {
                crud.put(op, new TreeSet<>());
            }
        }

        void add(EntitySighting s) {
            pages.add(s.pageId());
            if (s.operation() != null) {
                crud.get(s.operation()).add(s.pageId());
            }
            if (s.operation() != CrudOperation.DELETE) {
                doubt *= 1 - s.confidence();
            }
            for (FieldSighting f : s.fields()) {
                String key = FieldNames.key(f.name());
                if (key.isEmpty()) {
                    continue;
                }
                if (f.fromForm() || formFields.containsKey(key)) {
                    FieldTally moved = otherFields.remove(key);
                    FieldTally tally = formFields.computeIfAbsent(key, k -> moved != null ? moved : new FieldTally());
                    tally.add(f);
                } else {
                    otherFields.computeIfAbsent(key, k -> new FieldTally()).add(f);
                }
            }
        }

        InferredEntity toEntity() {
            foldTerseColumns(this);
            List<InferredField> fields = new ArrayList<>();
            formFields.values().forEach(f -> fields.add(f.toField()));
            otherFields.values().forEach(f -> fields.add(f.toField()));
            CrudLocations locations = new CrudLocations(List.copyOf(crud.get(CrudOperation.CREATE)),
                    List.copyOf(crud.get(CrudOperation.READ)), List.copyOf(crud.get(CrudOperation.UPDATE)),
                    List.copyOf(crud.get(CrudOperation.DELETE)));
            return new InferredEntity(name, fields, round(Math.min(MAX_CONFIDENCE, 1 - doubt)), List.copyOf(pages), locations);
        }
    }

    /**
     * Tables head columns tersely: a "Task" column in a task table holds each task's title, and "Due" heads the
     * column of the form's {@code dueDate}. Such a column is that form field, not a field of its own, when its values
     * fit the field's type.
     */
    private static void foldTerseColumns(EntityTally entity) {
        String entityKey = FieldNames.key(entity.name);
        var columns = entity.otherFields.entrySet().iterator();
        while (columns.hasNext()) {
            var column = columns.next();
            String target = null;
            if (column.getKey().equals(entityKey)) {
                target = entity.formFields.containsKey("title") ? "title" : entity.formFields.containsKey("name") ? "name" : null;
            } else {
                List<String> words = EntityNames.words(column.getValue().name);
                List<String> matches = entity.formFields.entrySet().stream()
                        .filter(f -> startsWith(EntityNames.words(f.getValue().name), words))
                        .map(Map.Entry::getKey).toList();
                target = matches.size() == 1 ? matches.getFirst() : null;
            }
            if (target != null && compatible(column.getValue().best.type(), entity.formFields.get(target).best.type())) {
                entity.formFields.get(target).absorb(column.getValue());
                columns.remove();
            }
        }
    }

    /** An "Owner" column of names is not the form's ownerEmail: the values must fit the field's type. */
    private static boolean compatible(String columnType, String fieldType) {
        return columnType.equals(fieldType) || columnType.equals(FieldTypes.STRING)
                && (fieldType.equals(FieldTypes.STRING) || fieldType.equals(FieldTypes.TEXT) || fieldType.equals(FieldTypes.ENUM));
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return !prefix.isEmpty() && words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * @param sightings all sightings, pages in reading order; deletes that name no entity (or an entity nothing else
     *                  shows) go to the page's strongest entity
     */
    List<InferredEntity> merge(List<EntitySighting> sightings) {
        Map<String, EntityTally> entities = new LinkedHashMap<>();
        for (EntitySighting s : sightings) {
            if (s.operation() != CrudOperation.DELETE && s.entity() != null) {
                entities.computeIfAbsent(s.entity(), EntityTally::new).add(s);
            }
        }
        for (EntitySighting s : sightings) {
            if (s.operation() != CrudOperation.DELETE) {
                continue;
            }
            String entity = s.entity() != null && entities.containsKey(s.entity()) ? s.entity() : mainEntity(sightings, s.pageId());
            if (entity != null && entities.containsKey(entity)) {
                entities.get(entity).add(new EntitySighting(entity, s.confidence(), s.operation(), List.of(), s.pageId()));
            }
        }
        return entities.values().stream()
                .map(EntityTally::toEntity)
                .sorted(Comparator.comparingDouble(InferredEntity::confidence).reversed().thenComparing(InferredEntity::name))
                .toList();
    }

    /** The entity a page is most surely about, from its forms, tables and definition lists. */
    private static String mainEntity(List<EntitySighting> sightings, String pageId) {
        return sightings.stream()
                .filter(s -> Objects.equals(s.pageId(), pageId) && s.operation() != CrudOperation.DELETE && s.entity() != null)
                .max(Comparator.comparingDouble(EntitySighting::confidence).thenComparing(EntitySighting::entity, Comparator.reverseOrder()))
                .map(EntitySighting::entity)
                .orElse(null);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
