package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.nexusgen.ai.offline.MiniLmEmbeddings;
import com.nexusgen.asl.LocalExecutions;
import com.nexusgen.asl.LocalWorkflows;
import com.nexusgen.asl.StateMachine;
import com.nexusgen.asl.StatesClock;
import com.nexusgen.asl.StepFunctionsProtocol;
import com.nexusgen.blobs.FolderBlobStore;
import com.nexusgen.builds.LocalBuildRunner;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.domain.workspaces.Workspaces;
import com.nexusgen.dynamodb.DynamoDbClients;
import com.nexusgen.dynamodb.DynamoDbSettings;
import com.nexusgen.dynamodb.DynamoDbWorkspaceStore;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.FunctionDefinition;
import com.nexusgen.template.HttpApiDefinition;
import com.nexusgen.template.HttpApiEvent;
import com.nexusgen.template.JwtAuthorizer;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import com.nexusgen.template.TableResource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS platform on one machine, built from template.yaml: DynamoDB Local with the template's
 * tables, every function loaded from its CodeUri jar with its environment, and the HTTP API with
 * its routes, JWT authorizer and CORS rules.
 */
public final class LocalPlatform implements AutoCloseable {
    /** The issuer of local tokens; it replaces the template's JwtIssuer parameter. */
    public static final String LOCAL_ISSUER = "http://localhost/local-issuer";
    public static final String STAGE = "local";

    private final EmbeddedDynamoDb dynamoDb;
    private final LocalWorkflows workflows;
    private final LocalTasks tasks;
    private final List<LocalFunction> functions;
    private final LocalHttpApi httpApi;
    private final LocalTokens tokens;
    private final DynamoDbClient platformClient;
    private final String workspaceClaim;
    private final String host;
    private final Workspaces workspaces;

    /**
     * @param root           the repository (template.yaml and the functions' jars)
     * @param dataDir        where data survives restarts; null keeps everything in memory
     * @param parameters     template parameter overrides
     * @param maxConcurrency instances per function that may run at once
     * @param environment    added to every function's environment (after the template's)
     */
    public record Options(Path root, String host, int port, Path dataDir, Map<String, String> parameters,
                          int maxConcurrency, Map<String, String> environment) {
        public Options(Path root, String host, int port, Path dataDir, Map<String, String> parameters, int maxConcurrency) {
            this(root, host, port, dataDir, parameters, maxConcurrency, Map.of());
        }

        public static Options inMemory(Path root) {
            return new Options(root, "127.0.0.1", 0, null, Map.of(), 4);
        }

        /** The same options with extra environment for every function (endpoint overrides of stand-ins in tests). */
        public Options withEnvironment(Map<String, String> more) {
            Map<String, String> merged = new LinkedHashMap<>(environment);
            merged.putAll(more);
            return new Options(root, host, port, dataDir, parameters, maxConcurrency, Map.copyOf(merged));
        }
    }

    private LocalPlatform(EmbeddedDynamoDb dynamoDb, LocalWorkflows workflows, LocalTasks tasks,
                          List<LocalFunction> functions,
                          LocalHttpApi httpApi, LocalTokens tokens, DynamoDbClient platformClient, String workspaceClaim,
                          String host, Workspaces workspaces) {
        this.dynamoDb = dynamoDb;
        this.workflows = workflows;
        this.tasks = tasks;
        this.functions = functions;
        this.httpApi = httpApi;
        this.tokens = tokens;
        this.platformClient = platformClient;
        this.workspaceClaim = workspaceClaim;
        this.host = host;
        this.workspaces = workspaces;
    }

    public static LocalPlatform start(Options options) throws Exception {
        SamTemplate template = SamTemplate.load(options.root().resolve("template.yaml"));
        EmbeddedDynamoDb dynamoDb = options.dataDir() == null ? EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory())
                : EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.persistentIn(options.dataDir().resolve("dynamodb")));
        List<LocalFunction> functions = new ArrayList<>();
        Path blobDir = null;
        Path previewDir;
        Path fixMemoryDir;
        try {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("Stage", STAGE);
            parameters.put("JwtIssuer", LOCAL_ISSUER);
            parameters.put("AgentsMode", "offline"); // no model, no credentials: the deterministic agents
            parameters.putAll(options.parameters());
            LocalResolver resolver = resolver(template, parameters);
            // S3 on one machine: a folder (kept with the data, or a temporary one for an in-memory platform)
            blobDir = options.dataDir() != null ? options.dataDir().resolve("blobs")
                    : java.nio.file.Files.createTempDirectory("nexusgen-blobs-");
            // The preview bucket, served under /preview/, and the fix memory's Lucene index and fix store
            previewDir = options.dataDir() != null ? options.dataDir().resolve("previews")
                    : java.nio.file.Files.createTempDirectory("nexusgen-previews-");
            fixMemoryDir = options.dataDir() != null ? options.dataDir().resolve("fix-memory")
                    : java.nio.file.Files.createTempDirectory("nexusgen-fix-memory-");

            for (TableResource table : template.tables()) {
                TableDefinition definition = table.definition(resolver);
                definition.timeToLiveAttribute().ifPresentOrElse(
                        ttl -> dynamoDb.ensureTable(definition.createTableRequest(), ttl),
                        () -> dynamoDb.ensureTable(definition.createTableRequest()));
            }

            HttpApiDefinition api = template.httpApi().orElseThrow(() ->
                    new IllegalStateException("template.yaml has no AWS::Serverless::HttpApi"));
            JwtAuthorizer authorizer = api.defaultJwtAuthorizer().orElseThrow(() ->
                    new IllegalStateException("the HttpApi needs a default JWT authorizer"));
            List<String> audiences = authorizer.audience(resolver);
            String workspaceClaim = resolver.parameterValue("WorkspaceClaim").map(JsonNode::asText).orElse("workspace");

            List<Route> routes = new ArrayList<>();
            Map<String, LocalFunction> functionsByName = new LinkedHashMap<>();
            for (FunctionDefinition definition : template.functions()) {
                if (definition.handler().isEmpty()) {
                    continue;
                }
                LocalFunction function = function(options, resolver, definition, dynamoDb.endpoint(), blobDir);
                function.addEnvironment(Map.of("NEXUSGEN_PREVIEW_DIR", previewDir.toString(),
                        "NEXUSGEN_FIX_MEMORY_DIR", fixMemoryDir.toString()));
                functions.add(function);
                functionsByName.put(definition.logicalId(), function);
                functionsByName.put(resolver.physicalName(definition.logicalId()), function);
                for (HttpApiEvent event : definition.httpApiEvents()) {
                    Optional<String> guard = event.effectiveAuthorizer(api.defaultAuthorizer());
                    if (guard.isPresent() && !api.jwtAuthorizers().containsKey(guard.get())) {
                        throw new IllegalStateException("Route " + event.method() + " " + event.path()
                                + " uses authorizer " + guard.get() + ", which is not a JWT authorizer: no local stand-in");
                    }
                    routes.add(new Route(event.method(), event.path(), function, guard.isPresent()));
                }
            }

            LocalTokens tokens = LocalTokens.create(
                    options.dataDir() == null ? null : options.dataDir().resolve("local-signing-key.json"),
                    LOCAL_ISSUER, audiences.getFirst(), Clock.systemUTC());
            String tableName = template.tables().isEmpty() ? null
                    : template.tables().getFirst().definition(resolver).tableName();
            DynamoDbClient platformClient = DynamoDbClients.create(new DynamoDbSettings(tableName, dynamoDb.endpoint(), "us-east-1"));
            Workspaces workspaces = new Workspaces(new DynamoDbWorkspaceStore(new SingleTable(platformClient, tableName)),
                    Clock.systemUTC());
            Map<String, LocalHttpApi.PlatformEndpoint> endpoints = Map.of(
                    "/local/tokens", new TokenEndpoint(tokens, workspaces, workspaceClaim));
            LocalTasks tasks = new LocalTasks(new LambdaTasks(functionsByName),
                    new LocalCodeBuild(new FolderBlobStore(blobDir), LocalBuildRunner.withDefaults()));
            LocalWorkflows workflows = stateMachines(template, resolver, options, tasks);
            StepFunctionsProtocol stepFunctions = new StepFunctionsProtocol(workflows);
            Map<String, LocalHttpApi.TargetEndpoint> services = Map.of(StepFunctionsProtocol.TARGET_PREFIX,
                    (target, body) -> {
                        StepFunctionsProtocol.Reply reply = stepFunctions.handle(target, body);
                        return new LocalHttpApi.Response(reply.status(), "application/x-amz-json-1.0", reply.body());
                    });
            LocalHttpApi httpApi = new LocalHttpApi(options.host(), options.port(), routes, tokens, audiences,
                    api.cors().map(cors -> cors.resolve(resolver)), endpoints, services);
            httpApi.serve("/preview/", new PreviewSite(previewDir));
            httpApi.serve("/model/", new LocalTitanEmbeddings(new MiniLmEmbeddings()));
            // Functions reach Step Functions and the embeddings model where the platform serves them: its own port.
            String url = "http://127.0.0.1:" + httpApi.port();
            for (LocalFunction function : functions) {
                function.addEnvironment(Map.of("NEXUSGEN_STEPFUNCTIONS_ENDPOINT", url,
                        "NEXUSGEN_EMBEDDINGS_ENDPOINT", url, "NEXUSGEN_EMBEDDINGS_DIMENSIONS", "512"));
            }
            for (LocalFunction function : functions) {
                function.warm();
            }
            return new LocalPlatform(dynamoDb, workflows, tasks, functions, httpApi, tokens, platformClient, workspaceClaim,
                    options.host(), workspaces);
        } catch (Exception | Error e) {
            for (LocalFunction function : functions) {
                function.close();
            }
            dynamoDb.close();
            throw e;
        }
    }

    static LocalResolver resolver(SamTemplate template, Map<String, String> parameters) {
        // Physical names: the template's own name when it sets one (resolved with parameters only),
        // else "<stack>-<logical id>" the way CloudFormation derives them.
        LocalResolver names = LocalResolver.builder(template).parameters(parameters).build();
        Map<String, String> physical = new LinkedHashMap<>();
        template.resourceTypes().forEach((logicalId, type) -> {
            JsonNode properties = template.resourceProperties(logicalId).orElse(null);
            String name = null;
            if (properties != null) {
                for (String field : List.of("TableName", "BucketName", "FunctionName", "Name", "StateMachineName")) {
                    if (properties.has(field)) {
                        name = names.resolveText(names.resolve(properties.get(field), logicalId + "." + field),
                                logicalId + "." + field);
                        break;
                    }
                }
            }
            physical.put(logicalId, name != null ? name : "nexusgen-" + STAGE + "-" + logicalId.toLowerCase(Locale.ROOT));
        });
        // SAM's generated resources that templates reference: a function's alias (AutoPublishAlias) and version
        template.functions().forEach(function -> {
            String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + physical.get(function.logicalId());
            physical.put(function.logicalId() + ".Alias", arn + ":live");
            physical.put(function.logicalId() + ".Version", arn + ":1");
        });
        return LocalResolver.builder(template).parameters(parameters).resources(physical).stackName("nexusgen-" + STAGE)
                .build();
    }

    /**
     * The template's state machines, with DefinitionSubstitutions applied, registered for execution;
     * every Task resource must have a local target now, not when an execution reaches it.
     */
    private static LocalWorkflows stateMachines(SamTemplate template, LocalResolver resolver, Options options,
                                                LocalTasks tasks) throws java.io.IOException {
        LocalExecutions executions = new LocalExecutions(
                options.dataDir() == null ? null : options.dataDir().resolve("executions"), tasks, StatesClock.system());
        LocalWorkflows workflows = new LocalWorkflows(executions);
        for (var entry : template.resourceTypes().entrySet()) {
            if (!entry.getValue().equals("AWS::Serverless::StateMachine")) {
                continue;
            }
            String logicalId = entry.getKey();
            JsonNode properties = template.resourceProperties(logicalId).orElseThrow();
            String definition = properties.has("DefinitionUri")
                    ? java.nio.file.Files.readString(options.root().resolve(properties.get("DefinitionUri").asText()))
                    : properties.path("Definition").toString();
            JsonNode substitutions = properties.has("DefinitionSubstitutions")
                    ? resolver.resolve(properties.get("DefinitionSubstitutions"), logicalId + ".DefinitionSubstitutions")
                    : null;
            if (substitutions != null) {
                for (var it = substitutions.fields(); it.hasNext(); ) {
                    var substitution = it.next();
                    definition = definition.replace("${" + substitution.getKey() + "}", substitution.getValue().asText());
                }
            }
            try {
                tasks.checkResources(StateMachine.parse(definition).resources());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("State machine " + logicalId + ": " + e.getMessage(), e);
            }
            String arn = resolver.resolveText(resolver.resolve(
                    JsonNodeFactory.instance.objectNode().put("Ref", logicalId), logicalId), logicalId);
            workflows.register(arn, definition);
        }
        return workflows;
    }

    static LocalFunction function(Options options, LocalResolver resolver, FunctionDefinition definition,
                                          URI dynamoDbEndpoint, Path blobDir) {
        String codeUri = definition.codeUri().orElseThrow(() ->
                new IllegalStateException("Function " + definition.logicalId() + " has no local CodeUri"));
        String handler = definition.handler().orElseThrow(() ->
                new IllegalStateException("Function " + definition.logicalId() + " has no Handler")).className();
        String name = resolver.physicalName(definition.logicalId());
        Map<String, String> environment = new LinkedHashMap<>(definition.environment(resolver));
        // What the Lambda service adds, plus the endpoint override that points the SDK at the local stand-in.
        environment.put("AWS_REGION", resolver.region());
        environment.put("AWS_DEFAULT_REGION", resolver.region());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", name);
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(definition.memorySize().orElse(128)));
        environment.put("NEXUSGEN_DYNAMODB_ENDPOINT", dynamoDbEndpoint.toString());
        if (blobDir != null) {
            environment.put("NEXUSGEN_BLOB_DIR", blobDir.toString());
        }
        environment.remove("JAVA_TOOL_OPTIONS"); // a JVM flag for Lambda's JVM, not a setting
        environment.putAll(options.environment());
        return new LocalFunction(definition.logicalId(), name, options.root().resolve(codeUri), handler,
                definition.memorySize().orElse(128), definition.timeout().orElse(3), environment,
                options.maxConcurrency());
    }

    public URI url() {
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        return URI.create("http://" + shown + ":" + httpApi.port());
    }

    public int port() {
        return httpApi.port();
    }

    /** What {@code POST /local/tokens} does, without HTTP: the workspace and membership made if missing, then a token. */
    public String issueToken(String sub, String workspace, Role role, Duration ttl) {
        workspaces.ensureMembership(workspace, sub, role);
        return tokens.issue(sub, workspace, workspaceClaim, ttl);
    }

    /** A token as {@code POST /local/tokens} would give it (the membership must exist or be made there). */
    public String token(String sub, String workspace, Duration ttl) {
        return tokens.issue(sub, workspace, workspaceClaim, ttl);
    }

    /**
     * Registers a state machine that is not in the template (a file given on the command line); its
     * Task resources must be the template's functions. Returns its ARN.
     */
    public String registerStateMachine(String name, String definition) {
        tasks.checkResources(StateMachine.parse(definition).resources());
        String arn = "arn:aws:states:us-east-1:000000000000:stateMachine:" + name;
        workflows.register(arn, definition);
        return arn;
    }

    /** Step Functions on this machine: the template's state machines, startable by ARN. */
    public LocalWorkflows workflows() {
        return workflows;
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    /** Cold-start time of each function's first instance, in milliseconds. */
    public Map<String, Long> initMillis() {
        Map<String, Long> out = new LinkedHashMap<>();
        functions.forEach(f -> out.put(f.logicalId(), f.lastInitMillis()));
        return out;
    }

    @Override
    public void close() throws Exception {
        httpApi.close();
        workflows.executions().close();
        for (LocalFunction function : functions) {
            function.close();
        }
        platformClient.close();
        dynamoDb.close();
    }
}
