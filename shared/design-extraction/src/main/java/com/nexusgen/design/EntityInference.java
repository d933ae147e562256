package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Infers the data entities a project's mockups imply, with their fields and where each is created, read, updated and
 * deleted. Forms give entities with typed fields, tables and definition lists give list and detail views, card grids
 * of record links give list views, delete buttons give deletes; the same entity across pages is merged.
 *
 * <p>Deterministic: the same mockups give the same entities in any order. Never throws on what a mockup contains.
 */
public final class EntityInference {

    private final FormReader forms = new FormReader();
    private final TableReader tables = new TableReader();
    private final DetailListReader detailLists = new DetailListReader();
    private final CollectionReader collections = new CollectionReader();
    private final DeleteActions deletes = new DeleteActions();

    public EntityInference() {
    }

    public List<InferredEntity> infer(List<MockupDocument> mockups) {
        List<EntitySighting> sightings = new ArrayList<>();
        for (MockupDocument mockup : DesignExtractor.inReadingOrder(mockups)) {
            try {
                sightings.addAll(read(mockup));
            } catch (RuntimeException | StackOverflowError e) {
                // a page the parser cannot cope with contributes nothing rather than failing the project
            }
        }
        return new EntityMerger().merge(sightings);
    }

    private List<EntitySighting> read(MockupDocument mockup) {
        Document dom = MockupReader.dom(mockup);
        PageContext page = PageContext.of(dom, MockupReader.pageIdOf(mockup), MockupReader.slugOf(mockup));
        List<EntitySighting> sightings = new ArrayList<>();
        Element body = dom.body();
        if (body == null) {
            return sightings;
        }
        for (Element form : body.select("form, [role=form]")) {
            if (form.parent() != null && form.parent().closest("form, [role=form]") != null) {
                continue;
            }
            forms.read(form, page).ifPresent(sightings::add);
        }
        for (Element form : body.select(".form")) {
            if (!form.is("form, [role=form]") && form.closest("form, [role=form]") == null) {
                forms.read(form, page).ifPresent(sightings::add);
            }
        }
        for (Element table : body.select("table")) {
            if (table.parent() != null && table.parent().closest("table") == null) {
                tables.read(table, page).ifPresent(sightings::add);
            }
        }
        for (Element dl : body.select("dl")) {
            detailLists.read(dl, page).ifPresent(sightings::add);
        }
        sightings.addAll(collections.read(dom, page));
        sightings.addAll(deletes.read(dom, page));
        return sightings;
    }
}
