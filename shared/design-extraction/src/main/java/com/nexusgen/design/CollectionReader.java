package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads card grids and lists of record links ({@code /recipes/12}, {@code /recipes/14}, ...) as the list view of an
 * entity. Cards say little about fields, so only microdata ({@code itemprop}) and {@code data-field} name any.
 */
final class CollectionReader {

    /** A link to one record: a collection path, then an id. */
    private static final Pattern RECORD_LINK = Pattern.compile("^(?:[a-z]+://[^/]+)?(/(?:[^/?#]+/)*[^/?#]+)/(\\d+|[0-9a-fA-F-]{8,})/?(?:[?#].*)?$");
    private static final int MIN_RECORDS = 3;

    List<EntitySighting> read(Document dom, PageContext page) {
        Element body = dom.body();
        List<EntitySighting> sightings = new ArrayList<>();
        if (body == null) {
            return sightings;
        }
        Map<String, Set<String>> idsByCollection = new LinkedHashMap<>();
        Map<String, List<Element>> linksByCollection = new LinkedHashMap<>();
        for (Element link : body.select("a[href]")) {
            if (link.closest("nav, [role=navigation], header, footer, table, form") != null) {
                continue;
            }
            Matcher m = RECORD_LINK.matcher(link.attr("href").trim());
            if (m.matches()) {
                idsByCollection.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
                linksByCollection.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(link);
            }
        }
        idsByCollection.forEach((collection, ids) -> {
            if (ids.size() < MIN_RECORDS) {
                return;
            }
            Optional<String> entity = EntityNames.fromPath(collection).filter(n -> !page.notEntities().contains(n));
            entity.ifPresent(name -> sightings.add(new EntitySighting(name, 0.6, CrudOperation.READ,
                    microdataFields(linksByCollection.get(collection)), page.pageId())));
        });
        return sightings;
    }

    private static List<FieldSighting> microdataFields(List<Element> links) {
        List<FieldSighting> fields = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Element first = links.getFirst();
        Element item = first.closest("[itemscope], article, li, .card");
        if (item == null) {
            return fields;
        }
        for (Element e : item.select("[itemprop], [data-field]")) {
            String name = FieldNames.camel(e.hasAttr("data-field") ? e.attr("data-field") : e.attr("itemprop"));
            if (!name.isEmpty() && seen.add(FieldNames.key(name))) {
                FieldTypes.Guess guess = FieldTypes.ofValues(List.of(e));
                fields.add(new FieldSighting(name, new FieldTypes.Guess(guess.type(), 0.6, guess.authority(), List.of()),
                        false, false));
            }
        }
        return fields;
    }
}
