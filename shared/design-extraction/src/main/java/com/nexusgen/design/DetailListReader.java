package com.nexusgen.design;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a definition list on a detail page as one record of an entity: fields from the terms, types from the
 * definitions. The record's title (the h1) is not the entity's name, so the name comes from section headings
 * ("Recipe details"), edit and delete actions, the breadcrumb and the page slug.
 */
final class DetailListReader {

    private static final int MAX_TERM_LENGTH = 40;
    private static final int MAX_TERM_WORDS = 5;

    Optional<EntitySighting> read(Element dl, PageContext page) {
        List<FieldSighting> fields = new ArrayList<>();
        int terms = 0;
        int usable = 0;
        for (Element dt : dl.select("dt")) {
            if (dt.closest("dl") != dl) {
                continue;
            }
            terms++;
            String term = dt.text().trim();
            if (term.isEmpty() || term.length() > MAX_TERM_LENGTH || term.split("\\s+").length > MAX_TERM_WORDS) {
                continue;
            }
            Element dd = dt.nextElementSibling();
            while (dd != null && !dd.is("dd") && !dd.is("dt")) {
                dd = dd.nextElementSibling();
            }
            if (dd == null || !dd.is("dd")) {
                continue;
            }
            usable++;
            FieldTypes.Guess guess = FieldTypes.ofValues(List.of(dd));
            if (guess.type().equals(FieldTypes.ENUM)) {
                guess = new FieldTypes.Guess(FieldTypes.STRING, 0.5, 1, List.of());
            }
            fields.add(new FieldSighting(FieldNames.fromLabel(term), new FieldTypes.Guess(guess.type(),
                    Math.min(guess.confidence(), 0.65), guess.authority(), List.of()), false, false));
        }
        // a glossary or an FAQ is a dl too: only short terms make a record
        if (terms < 2 || usable * 10 < terms * 7) {
            return Optional.empty();
        }
        NameVotes votes = nameVotes(dl, page);
        return votes.winner().map(entity -> new EntitySighting(entity, votes.confidence(), CrudOperation.READ, fields, page.pageId()));
    }

    static NameVotes nameVotes(Element dl, PageContext context) {
        NameVotes votes = context.votes();
        votes.add(EntityNames.fromText((dl.attr("aria-label") + " " + PageText.labelledBy(dl)).trim()), 1.0);
        votes.add(EntityNames.fromText(PageText.idAndClasses(dl)), 0.6);
        String heading = PageText.headingBefore(dl);
        boolean sectionHeading = heading.toLowerCase(Locale.ROOT).matches(".*\\b(details?|info|information|about|overview|summary|facts)\\b.*");
        votes.add(EntityNames.fromText(heading), sectionHeading ? 1.0 : 0.4);
        Element page = dl.ownerDocument() == null ? dl : dl.ownerDocument().body();
        if (page != null) {
            for (Element action : page.select("a[href], button")) {
                String text = PageText.actionText(action).toLowerCase(Locale.ROOT);
                if (text.matches("^(edit|delete|remove)\\b.*")) {
                    Optional<String> named = EntityNames.afterVerb(text);
                    votes.add(named.isPresent() ? named : EntityNames.fromPath(action.attr("href")), 0.6);
                }
            }
            Element crumbs = page.selectFirst("[aria-label~=(?i)breadcrumb] a[href], .breadcrumb a[href], .breadcrumbs a[href], .crumbs a[href]");
            if (crumbs != null) {
                votes.add(EntityNames.fromText(crumbs.text()), 0.6);
            }
        }
        votes.add(EntityNames.fromText(context.slug()), 0.5);
        return votes;
    }
}
