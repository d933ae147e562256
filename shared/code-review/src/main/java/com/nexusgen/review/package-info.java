/**
 * The offline Reviewer: static checks on a generated React + TypeScript + Vite app, JDK only.
 *
 * <p>{@link com.nexusgen.review.StaticReview#review(java.util.Map)} takes the app's files (relative path to
 * text) and returns {@link com.nexusgen.domain.code.Finding}s sorted by file, line and rule id. Each
 * {@link com.nexusgen.review.Rule} has a stable id and a fixed severity; CRITICAL findings block a generation.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>id</th><th>severity</th><th>category</th><th>files</th></tr>
 *   <tr><td>secret-literal</td><td>CRITICAL</td><td>SECURITY</td><td>all (tokens); code, JSON, .env (names)</td></tr>
 *   <tr><td>no-eval</td><td>CRITICAL</td><td>SECURITY</td><td>scripts, inline HTML scripts</td></tr>
 *   <tr><td>no-dangerous-html</td><td>CRITICAL</td><td>SECURITY</td><td>scripts, inline HTML scripts</td></tr>
 *   <tr><td>no-target-blank-opener</td><td>MEDIUM</td><td>SECURITY</td><td>JSX, HTML</td></tr>
 *   <tr><td>no-javascript-url</td><td>HIGH</td><td>SECURITY</td><td>JSX, HTML, scripts</td></tr>
 *   <tr><td>img-alt</td><td>HIGH</td><td>ACCESSIBILITY</td><td>JSX, HTML</td></tr>
 *   <tr><td>control-label</td><td>HIGH</td><td>ACCESSIBILITY</td><td>JSX, HTML</td></tr>
 *   <tr><td>button-name</td><td>HIGH</td><td>ACCESSIBILITY</td><td>JSX, HTML</td></tr>
 *   <tr><td>html-lang</td><td>MEDIUM</td><td>ACCESSIBILITY</td><td>HTML</td></tr>
 *   <tr><td>anchor-content</td><td>MEDIUM</td><td>ACCESSIBILITY</td><td>JSX, HTML</td></tr>
 *   <tr><td>list-key</td><td>HIGH</td><td>QUALITY</td><td>.tsx, .jsx, .js</td></tr>
 *   <tr><td>no-explicit-any</td><td>MEDIUM</td><td>QUALITY</td><td>.ts, .tsx</td></tr>
 *   <tr><td>deprecated-api</td><td>HIGH</td><td>QUALITY</td><td>scripts, inline HTML scripts</td></tr>
 *   <tr><td>no-console</td><td>LOW</td><td>QUALITY</td><td>scripts, inline HTML scripts</td></tr>
 *   <tr><td>no-sync-xhr</td><td>MEDIUM</td><td>PERFORMANCE</td><td>scripts, inline HTML scripts</td></tr>
 *   <tr><td>large-inline-asset</td><td>LOW</td><td>PERFORMANCE</td><td>all</td></tr>
 * </table>
 *
 * <p>How it reads code: {@link com.nexusgen.review.CodeMasker} lexes each script once into a code view with
 * the same offsets and line breaks, where comments, literal contents and JSX text are blank, and notes where
 * JSX tags and string literals are; {@link com.nexusgen.review.JsxScanner} turns those tags into
 * {@link com.nexusgen.review.JsxElement}s. Rules search the code view (anchored on a literal word found with
 * {@code indexOf}, so no pattern is tried at every offset) and read real text at the same offsets.
 *
 * <p>Known limits, by design of a lexer rather than a parser: no type information and no cross-file data
 * flow (a {@code rel} or {@code alt} arriving through props or a {@code {...spread}} is given the benefit of
 * the doubt; a callback passed by name to {@code .map} is not followed); JSX is recognised where an
 * expression may start, so unusual code such as statement-level JSX right after a closing brace is read as
 * code; regex literals are told from division by the previous token, which a few odd constructions
 * ({@code a++ / b / c}) can fool; inline HTML event-handler attributes ({@code onclick="..."}) and JSX in
 * {@code text/babel} scripts are not checked for accessibility.
 */
package com.nexusgen.review;
