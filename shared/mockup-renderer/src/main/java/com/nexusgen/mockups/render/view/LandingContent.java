package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * A landing page: hero with calls to action, then feature cards.
 *
 * @param primaryAction   the main call to action; null when the project has no page to send people to
 * @param secondaryAction a second, quieter call to action; may be null
 */
public record LandingContent(Link primaryAction, Link secondaryAction, List<Feature> features) implements PageContent {
}
