/**
 * Reads the repository's SAM template for the local platform and for tests.
 *
 * <pre>{@code
 * SamTemplate template = SamTemplate.load(RepositoryRoot.template());   // short forms → JSON forms
 * LocalResolver resolver = LocalResolver.builder(template)
 *         .parameter("Stage", "local")                                 // overrides; defaults fill the rest
 *         .resource("ArtifactBucket", "nexusgen-local-artifacts")      // names for resources without one
 *         .build();
 *
 * for (FunctionDefinition function : template.functions()) {          // Globals.Function applied
 *     Map<String, String> env = function.environment(resolver);
 *     function.httpApiEvents();                                        // routes: method, path, auth off?
 * }
 * HttpApiDefinition api = template.httpApi().orElseThrow();
 * String issuer = api.defaultJwtAuthorizer().orElseThrow().issuer(resolver);
 * TableDefinition table = template.tables().get(0).definition(resolver);  // CreateTableRequest + TTL attribute
 * }</pre>
 */
package com.nexusgen.template;
