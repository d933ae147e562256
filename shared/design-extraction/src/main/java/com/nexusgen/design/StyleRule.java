package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;

import java.util.List;

/**
 * One style rule of a mockup: its selectors (as CSS text) and its declarations.
 * Rules inside {@code @media} and {@code @supports} are flattened: a mockup's colours in a media query are still its colours.
 */
record StyleRule(List<String> selectors, List<CSSDeclaration> declarations) {
}
