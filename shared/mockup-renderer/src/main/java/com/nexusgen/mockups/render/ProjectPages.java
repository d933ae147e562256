package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.view.NavLink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages of one project as a mockup sees them: which exist to link to, which belong in the nav, and which list,
 * show, create or edit a given entity.
 *
 * <p>Links are relative, {@code slug.html}, for both places a mockup is opened: exported files side by side in one
 * folder, and the API's {@code /v1/projects/{projectId}/mockups/{slug}.html}, where {@code other.html} resolves to
 * {@code /v1/projects/{projectId}/mockups/other.html}. One scheme serves both, so there is no link style to choose.
 */
final class ProjectPages {

    /** Slugs are file names and URL segments: no dots, slashes, colons or spaces, so no {@code javascript:} either. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final Set<String> CREATE_WORDS = Set.of("new", "create", "add");

    private final List<PageLink> pages;

    /** @throws IllegalArgumentException when a page has no valid slug or two pages share one */
    ProjectPages(List<PageLink> pages) {
        this.pages = pages == null ? List.of() : List.copyOf(pages);
        Set<String> slugs = new HashSet<>();
        for (PageLink page : this.pages) {
            checkSlug(page.slug());
            if (!slugs.add(page.slug())) {
                throw new IllegalArgumentException("two pages share the slug '" + page.slug() + "'");
            }
        }
    }

    static void checkSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a page slug must be letters, digits, '-' or '_' (at most 128), not '"
                    + slug + "'");
        }
    }

    static String href(PageLink page) {
        return page.slug() + ".html";
    }

    static String label(PageLink page) {
        return page.name() == null || page.name().isBlank() ? Wording.humanize(page.slug()) : page.name();
    }

    /** Every page but detail pages, which need a record to show and so are reached from lists. */
    List<NavLink> nav(PageSpec current) {
        List<NavLink> nav = new ArrayList<>();
        for (PageLink page : pages) {
            if (!Route.isDetail(page.path())) {
                nav.add(new NavLink(label(page), href(page), isCurrent(page, current)));
            }
        }
        return nav;
    }

    /** The current page's own entry in the project's pages, or null when the project does not list it. */
    PageLink self(PageSpec current) {
        for (PageLink page : pages) {
            if (isCurrent(page, current)) {
                return page;
            }
        }
        return null;
    }

    private static boolean isCurrent(PageLink page, PageSpec current) {
        if (page.id() != null && current.id() != null) {
            return page.id().equals(current.id());
        }
        return page.slug().equals(current.slug());
    }

    /** The page at {@code /}, else the first landing page, else null. */
    PageLink home() {
        for (PageLink page : pages) {
            if ("/".equals(Route.normalized(page.path()))) {
                return page;
            }
        }
        return first(PageKind.LANDING, null);
    }

    /** The first page of a kind other than the current one, or null. */
    PageLink first(PageKind kind, PageSpec current) {
        for (PageLink page : pages) {
            if (PageKind.of(page) == kind && (current == null || !isCurrent(page, current))) {
                return page;
            }
        }
        return null;
    }

    /**
     * The pages that list records: those with a detail page or a form under their route ({@code /lessons} has
     * {@code /lessons/:id}), in the project's order, without the current page.
     */
    List<PageLink> lists(PageSpec current) {
        List<PageLink> lists = new ArrayList<>();
        for (PageLink page : pages) {
            if (!isCurrent(page, current) && !Route.isDetail(page.path()) && PageKind.of(page) == PageKind.GENERIC
                    && hasChildren(page)) {
                lists.add(page);
            }
        }
        return lists;
    }

    /**
     * The pages a dashboard sums up: the lists, or when the project has none, its other general pages, so a
     * dashboard still leads somewhere.
     */
    List<PageLink> collections(PageSpec current) {
        List<PageLink> lists = lists(current);
        if (!lists.isEmpty()) {
            return lists;
        }
        List<PageLink> general = new ArrayList<>();
        for (PageLink page : pages) {
            if (!isCurrent(page, current) && !Route.isDetail(page.path()) && PageKind.of(page) == PageKind.GENERIC) {
                general.add(page);
            }
        }
        return general;
    }

    private boolean hasChildren(PageLink parent) {
        String prefix = prefix(parent);
        for (PageLink page : pages) {
            if (page != parent && page.path() != null && Route.normalized(page.path()).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(PageLink page) {
        String path = Route.normalized(page.path() == null ? "/" + page.slug() : page.path());
        return path.equals("/") ? "/" : path + "/";
    }

    /**
     * The pages that list, show, create and edit one entity. The current page counts as what its kind says;
     * the others are found by route: a segment naming the entity ({@code /lessons}, {@code /lesson-plans/:id},
     * {@code /new-lesson}), or a route under the entity's list.
     */
    EntityPages forEntity(String entityName, PageSpec current, PageKind currentKind) {
        Set<String> names = names(entityName);
        PageLink self = self(current);
        PageLink list = currentKind == PageKind.LIST && self != null ? self : find(names, null, PageKind.GENERIC);
        PageLink detail = currentKind == PageKind.DETAIL && self != null ? self : find(names, list, PageKind.DETAIL);
        if (list == null && detail != null) {
            list = parentOf(detail);
        }
        PageLink create = null;
        PageLink edit = null;
        for (PageLink page : pages) {
            if (PageKind.of(page) != PageKind.FORM || !(mentions(page, names) || isUnder(page, list))) {
                continue;
            }
            boolean editing = Wording.words(page.path() == null ? page.slug() : page.path()).contains("edit");
            if (editing && edit == null) {
                edit = page;
            } else if (!editing && create == null) {
                create = page;
            }
        }
        return new EntityPages(list, detail, create, edit != null ? edit : create);
    }

    private PageLink find(Set<String> names, PageLink under, PageKind kind) {
        for (PageLink page : pages) {
            if (PageKind.of(page) == kind && (mentions(page, names) || isUnder(page, under))) {
                return page;
            }
        }
        return null;
    }

    private PageLink parentOf(PageLink child) {
        List<String> segments = Route.segments(child.path());
        while (!segments.isEmpty() && Route.isParameter(segments.getLast())) {
            segments.removeLast();
        }
        String parent = "/" + String.join("/", segments);
        for (PageLink page : pages) {
            if (page.path() != null && Route.normalized(page.path()).equals(parent)) {
                return page;
            }
        }
        return null;
    }

    private static boolean isUnder(PageLink page, PageLink parent) {
        return parent != null && page != parent && page.path() != null && parent.path() != null
                && Route.normalized(page.path()).startsWith(prefix(parent)) && !prefix(parent).equals("/");
    }

    private static Set<String> names(String entityName) {
        String compact = Wording.compact(entityName);
        // a set, not Set.of: an entity named in the plural gives the same name twice
        return new HashSet<>(List.of(compact, Wording.plural(compact), Wording.singular(compact)));
    }

    /** Whether a route segment, or the slug, names the entity, also behind a verb: {@code new-lesson}. */
    private static boolean mentions(PageLink page, Set<String> names) {
        List<String> candidates = new ArrayList<>(Route.segments(page.path()));
        candidates.add(page.slug());
        for (String segment : candidates) {
            if (Route.isParameter(segment)) {
                continue;
            }
            List<String> words = Wording.words(segment);
            if (names.contains(Wording.compact(segment))) {
                return true;
            }
            if (words.size() > 1 && (CREATE_WORDS.contains(words.getFirst()) || words.getFirst().equals("edit"))
                    && names.contains(String.join("", words.subList(1, words.size())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pages of one entity; any may be null.
     *
     * @param edit the edit form, or the create form when there is no separate one
     */
    record EntityPages(PageLink list, PageLink detail, PageLink create, PageLink edit) {
    }
}
