/**
 * What the precompiled templates draw: plain records in which everything is already decided (which links exist,
 * which control each field gets), so the templates only lay it out. Nothing here is escaped: jte escapes every
 * value where it is written. Public only because the generated template classes live in their own package.
 */
package com.nexusgen.mockups.render.view;
