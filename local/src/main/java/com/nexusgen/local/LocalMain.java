package com.nexusgen.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code scripts/local.sh [COMMAND] [OPTIONS]}. Commands: {@code serve} (the default) runs the
 * platform until interrupted. Later capabilities add commands here.
 */
public final class LocalMain {
    private static final String USAGE = """
            usage: scripts/local.sh [serve] [--port N] [--host ADDR] [--data DIR | --in-memory]
                                    [--param NAME=VALUE ...]
              serve        run the HTTP API, DynamoDB Local and the functions of template.yaml (default)
              run-state-machine FILE [--input JSON | --input @FILE]
                           run one ASL file in the local interpreter; prints {"status","output","error","cause"}
              generate "<prompt>" --out DIR [--name NAME] [--data DIR] [--param NAME=VALUE ...]
                           the main job: prompt → plan → code → review → version on the local platform
                           → build (healed if it fails) → preview (offline agents unless --param
                           AgentsMode=bedrock); writes DIR/prd.json, DIR/app/, DIR/preview.html and
                           DIR/summary.json (with previewUrl), prints the summary; exit 0 when it succeeded
              build DIR [--memory DIR]
                           build the app in DIR and heal its failures in place (fix memory, deterministic
                           fixers); prints {"healed","builds","fixes":[...],"status"}; exit 0 when it builds
              bench-healing
                           the fault corpus, twice: heal rate, builds per heal, fix-memory hits, k-NN lookups
              bench-generation
                           the eight prompts of the bench, warm: wall ms per stage, and whether each app builds
              bench-render the mockup renderer alone on one thread: pages per second
              measure-init print the ms from a new ApiFunction handler to its first response (bench)
              --port N     port of the HTTP API (default: $PORT or 8080; 0 picks a free one)
              --host ADDR  address to listen on (default 127.0.0.1)
              --data DIR   keep data in DIR across restarts (default .local-data)
              --in-memory  keep nothing after exit
              --param      override a template parameter, e.g. --param SpaOrigin=http://localhost:3000
            """;

    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.isEmpty() || rest.peek().startsWith("-") ? "serve" : rest.pop();
        switch (command) {
            case "serve" -> serve(rest);
            case "run-state-machine" -> System.exit(RunStateMachine.run(rest));
            case "generate" -> {
                try {
                    System.exit(GenerateCommand.run(root(), rest));
                } catch (IllegalArgumentException e) {
                    fail(e.getMessage());
                }
            }
            case "build" -> {
                try {
                    System.exit(BuildCommand.run(rest));
                } catch (IllegalArgumentException e) {
                    fail(e.getMessage());
                }
            }
            case "bench-healing" -> System.exit(BenchHealing.run(rest));
            case "bench-generation" -> System.exit(BenchGeneration.run(root()));
            case "bench-render" -> BenchRender.run();
            case "measure-init" -> System.out.println(InitTimer.measure(root(), "ApiFunction", "/v1/health"));
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.println("unknown command: " + command);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    private static void serve(Deque<String> args) throws Exception {
        String portEnv = System.getenv("PORT");
        int port = portEnv == null || portEnv.isBlank() ? 8080 : Integer.parseInt(portEnv);
        String host = "127.0.0.1";
        Path data = Path.of(".local-data");
        Map<String, String> parameters = new LinkedHashMap<>();
        while (!args.isEmpty()) {
            String arg = args.pop();
            switch (arg) {
                case "--port" -> port = Integer.parseInt(value(args, arg));
                case "--host" -> host = value(args, arg);
                case "--data" -> data = Path.of(value(args, arg));
                case "--in-memory" -> data = null;
                case "--param" -> {
                    String pair = value(args, arg);
                    int eq = pair.indexOf('=');
                    if (eq < 1) {
                        fail("--param takes NAME=VALUE");
                    }
                    parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                default -> fail("unknown option: " + arg);
            }
        }
        Path root = root();
        long start = System.nanoTime();
        LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(root, host, port, data, parameters, 4));
        long startedMillis = (System.nanoTime() - start) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                platform.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e);
            }
            stopped.countDown();
        }));
        String token;
        try {
            token = devToken(platform);
        } catch (RuntimeException e) {
            platform.close(); // never leave a half-started platform listening
            throw e;
        }
        URI url = platform.url();
        System.out.printf("""
                NexusGen local platform is up in %d ms (function init: %s)
                  API:       %s
                  data:      %s
                  dev token: user "dev", owner of workspace "dev-workspace", valid 12 h:

                export TOKEN=%s

                Try:
                  curl -s %s/v1/health
                  curl -s -H "Authorization: Bearer $TOKEN" %s/v1/projects
                  curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                       -d '{"name":"Recipe sharing"}' %s/v1/projects
                  other users: curl -s -X POST -d '{"sub":"ann","workspace":"acme","role":"viewer"}' %s/local/tokens
                Ctrl-C stops it.
                """, startedMillis, platform.initMillis(), url, data == null ? "in memory" : data.toAbsolutePath(),
                token, url, url, url, url);
        System.out.flush();
        stopped.await();
    }

    private static Path root() {
        return Path.of(System.getProperty("nexusgen.root", ".")).toAbsolutePath().normalize();
    }

    /** The development token; it also creates the dev workspace on first use. */
    private static String devToken(LocalPlatform platform) {
        return platform.issueToken("dev", "dev-workspace", com.nexusgen.domain.workspaces.Role.OWNER, java.time.Duration.ofHours(12));
    }

    private static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            fail(option + " needs a value");
        }
        return args.pop();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
