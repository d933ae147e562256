package com.nexusgen.mockups.render;

/**
 * Another page of the same project, as far as a mockup needs it to link there.
 *
 * @param id   the page's id
 * @param name the link text
 * @param slug the page's mockup file name without {@code .html}
 * @param path the app route; pages whose path has a {@code :} are detail pages and stay out of the nav
 */
public record PageLink(String id, String name, String slug, String path) {
}
