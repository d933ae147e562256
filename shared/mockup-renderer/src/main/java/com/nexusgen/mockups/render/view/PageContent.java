package com.nexusgen.mockups.render.view;

/** What a page kind draws inside main, under the page header. */
public sealed interface PageContent
        permits LandingContent, SignInContent, DashboardContent, ListContent, DetailContent, FormContent,
        GenericContent {
}
