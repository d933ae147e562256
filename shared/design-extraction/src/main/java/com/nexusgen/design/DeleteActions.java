package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the delete actions on a page: buttons and links that say delete, remove or trash, forms that override
 * their method to DELETE. Each names its entity when its words do ("Delete contact"), else the page's entity.
 */
final class DeleteActions {

    private static final Pattern DELETE = Pattern.compile("(?i).*\\b(delete|remove|trash|destroy)\\b.*");
    private static final Pattern DELETE_PATH = Pattern.compile("(?i).*/(delete|destroy|remove)/?$");

    List<EntitySighting> read(Document dom, PageContext page) {
        List<EntitySighting> sightings = new ArrayList<>();
        Element body = dom.body();
        if (body == null) {
            return sightings;
        }
        Set<String> named = new LinkedHashSet<>();
        boolean unnamed = false;
        for (Element action : body.select("button, a[href], input[type=submit], input[type=button], [role=button], [role=menuitem]")) {
            if (!isDelete(action)) {
                continue;
            }
            Optional<String> entity = EntityNames.afterVerb(PageText.actionText(action))
                    .or(() -> EntityNames.afterVerb(action.attr("aria-label") + " " + action.attr("title")))
                    .or(() -> EntityNames.fromPath(target(action)))
                    .filter(n -> !page.notEntities().contains(n));
            if (entity.isPresent()) {
                named.add(entity.get());
            } else {
                unnamed = true;
            }
        }
        for (String entity : named) {
            sightings.add(new EntitySighting(entity, 0.5, CrudOperation.DELETE, List.of(), page.pageId()));
        }
        if (unnamed) {
            sightings.add(new EntitySighting(null, 0.4, CrudOperation.DELETE, List.of(), page.pageId()));
        }
        return sightings;
    }

    private static boolean isDelete(Element action) {
        String words = String.join(" ", PageText.actionText(action), action.attr("aria-label"), action.attr("title"),
                action.attr("name"), action.className());
        if (DELETE.matcher(words).matches()) {
            return true;
        }
        if (DELETE_PATH.matcher(target(action)).matches()) {
            return true;
        }
        Element form = action.closest("form");
        if (form != null && action.is("button, input[type=submit]")) {
            Element override = form.selectFirst("input[type=hidden][name=_method]");
            return override != null && override.attr("value").toLowerCase(Locale.ROOT).equals("delete")
                    && form.select(FormReader.CONTROLS).isEmpty();
        }
        return false;
    }

    /** Where the action goes: its href, its formaction, or its form's action. */
    private static String target(Element action) {
        if (action.hasAttr("href")) {
            return action.attr("href");
        }
        if (action.hasAttr("formaction")) {
            return action.attr("formaction");
        }
        Element form = action.closest("form");
        return form == null ? "" : form.attr("action");
    }
}
