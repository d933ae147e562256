package com.nexusgen.mockups.render.view;

/**
 * A sign-in page: one narrow form card.
 *
 * @param alternative a link under the form (e.g. back to the home page); may be null
 */
public record SignInContent(FormContent form, Link alternative) implements PageContent {
}
