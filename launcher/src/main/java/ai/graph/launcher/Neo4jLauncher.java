package ai.graph.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts an embedded Neo4j Community DBMS with a Bolt connector, for local development and tests.
 *
 * <p>Contract with the caller (see src/db/local-neo4j.ts):
 * <ul>
 *   <li>stdout carries exactly one line {@code NEO4J_READY {...}} once Bolt accepts connections, and
 *       {@code NEO4J_STOPPED} after a clean shutdown. Nothing else is written to stdout.</li>
 *   <li>Neo4j's logs go to {@code <data>/logs/}; launcher diagnostics go to stderr.</li>
 *   <li>Exit codes: 0 clean shutdown, 1 startup failure, 2 bad arguments, 3 port already in use.</li>
 * </ul>
 */
public final class Neo4jLauncher {

    static final String NEO4J_VERSION = "5.26.30";
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    /** The password travels in the environment (readable only by the same user), not in argv (world-readable). */
    static final String PASSWORD_ENV = "NEO4J_LAUNCHER_PASSWORD";

    private static final String USAGE = String.join(
            "\n",
            "Usage: java [jvm flags] -jar neo4j-launcher.jar --data <dir> [options]",
            "       java [jvm flags] -jar neo4j-launcher.jar import --data <dir> [importer options]",
            "         runs `neo4j-admin database import full` into <dir> (stopped); e.g. --nodes=Label=a.csv",
            "  --data <dir>          DBMS home directory (created if missing)   (required)",
            "  --port <n>            Bolt port                                  (default 7687)",
            "  --host <addr>         Bolt listen address                        (default 127.0.0.1)",
            "  --user <name>         user whose password is set                 (default neo4j)",
            "  --page-cache <size>   page cache size, e.g. 64m                  (default 64m)",
            "  --tx-timeout <dur>    transaction timeout, e.g. 30s              (default none)",
            "  --parent-pid <pid>    shut down when this process dies",
            "  --help                print this help",
            "Environment:",
            "  " + PASSWORD_ENV + "  enables auth and sets the user's password (min 8 chars);",
            "                           read from the environment so that it never shows in `ps`");

    /** The real stdout; System.out is redirected to stderr so that nothing else lands on it. */
    private static PrintStream protocolOut;

    private Neo4jLauncher() {}

    static final class Options {
        Path data;
        int port = 7687;
        String host = "127.0.0.1";
        String user = "neo4j";
        String password;
        long pageCacheBytes;
        String pageCache = "64m";
        Duration txTimeout;
        Long parentPid;
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        protocolOut = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        if (args.length > 0 && args[0].equals("import")) {
            System.exit(BulkImport.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.err, System.err));
            return;
        }

        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("neo4j-launcher: " + e.getMessage());
            }
            System.err.println(USAGE);
            System.exit(e.getMessage() == null ? 0 : EXIT_USAGE);
            return;
        }

        String portProblem = checkPortFree(options.host, options.port);
        if (portProblem != null) {
            System.err.println("Port " + options.port + " on " + options.host + " is already in use: " + portProblem);
            System.exit(EXIT_PORT_IN_USE);
            return;
        }

        try {
            run(options);
        } catch (Throwable t) {
            System.err.println("Neo4j failed to start: " + describe(t));
            Path log = options.data.resolve("logs").resolve("debug.log");
            System.err.println("See " + log + " for details.");
            System.err.flush();
            // halt: Neo4j threads may still be alive after a failed start
            Runtime.getRuntime().halt(EXIT_FAILURE);
        }
    }

    static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("missing value for " + arg);
                }
                value = args[++i];
            }
            switch (arg) {
                case "--data":
                    if (value.isBlank()) throw new UsageException("--data must not be empty");
                    o.data = Path.of(value).toAbsolutePath().normalize();
                    break;
                case "--port":
                    o.port = parseInt(arg, value, 1, 65535);
                    break;
                case "--host":
                    if (value.isBlank()) throw new UsageException("--host must not be empty");
                    o.host = value;
                    break;
                case "--user":
                    if (value.isBlank()) throw new UsageException("--user must not be empty");
                    o.user = value;
                    break;
                case "--page-cache":
                    o.pageCache = value;
                    break;
                case "--tx-timeout":
                    try {
                        o.txTimeout = SettingValueParsers.DURATION.parse(value);
                    } catch (RuntimeException e) {
                        throw new UsageException("invalid --tx-timeout '" + value + "' (examples: 30s, 2m, 500ms)");
                    }
                    break;
                case "--parent-pid":
                    o.parentPid = (long) parseInt(arg, value, 1, Integer.MAX_VALUE);
                    break;
                default:
                    throw new UsageException("unknown option " + arg);
            }
        }
        if (o.data == null) {
            throw new UsageException("--data is required");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password != null && !password.isEmpty()) {
            if (password.length() < 8) {
                throw new UsageException(PASSWORD_ENV + " must be at least 8 characters");
            }
            o.password = password;
        }
        try {
            o.pageCacheBytes = SettingValueParsers.BYTES.parse(o.pageCache);
        } catch (RuntimeException e) {
            throw new UsageException("invalid --page-cache '" + o.pageCache + "' (examples: 64m, 1g)");
        }
        return o;
    }

    private static int parseInt(String name, String value, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, got '" + value + "'");
        }
    }

    /** Returns null when host:port can be bound, else the reason it cannot. */
    static String checkPortFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // same as Netty's server socket: a port in TIME_WAIT is usable, a listening one is not
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private static void run(Options o) throws Exception {
        Files.createDirectories(o.data);
        Path logs = o.data.resolve("logs");
        Files.createDirectories(logs);

        OutputStream userLogStream = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
        Log4jLogProvider userLog = new Log4jLogProvider(userLogStream, Level.INFO);

        Map<org.neo4j.graphdb.config.Setting<?>, Object> settings = new java.util.HashMap<>();
        settings.put(GraphDatabaseSettings.logs_directory, logs);
        // Bolt on the requested (loopback) address only; no HTTP(S)
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress(o.host, o.port));
        settings.put(BoltConnector.advertised_address, new SocketAddress(o.host, o.port));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(BoltConnector.thread_pool_min_size, 2);
        settings.put(BoltConnector.thread_pool_max_size, 64);
        // Netty's default 5 s quiet period (twice) makes a clean stop take over 10 s
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        settings.put(HttpConnector.enabled, false);
        settings.put(HttpsConnector.enabled, false);
        settings.put(GraphDatabaseSettings.default_listen_address, new SocketAddress(o.host));
        // auth
        settings.put(GraphDatabaseSettings.auth_enabled, o.password != null);
        // memory / disk footprint
        settings.put(GraphDatabaseSettings.pagecache_memory, o.pageCacheBytes);
        settings.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        settings.put(GraphDatabaseSettings.logical_log_rotation_threshold, SettingValueParsers.BYTES.parse("16m"));
        settings.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        settings.put(GraphDatabaseSettings.preallocate_store_files, false);
        if (o.txTimeout != null) {
            settings.put(GraphDatabaseSettings.transaction_timeout, o.txTimeout);
        }
        // no phoning home
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        settings.put(GraphDatabaseInternalSettings.udc_network_enabled, false);

        long t0 = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(o.data)
                .setConfig(settings)
                .setUserLogProvider(userLog)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Thread hook = new Thread(() -> {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            try {
                service.shutdown();
            } catch (Throwable t) {
                System.err.println("Neo4j shutdown error: " + describe(t));
            }
            try {
                userLog.close();
                userLogStream.close();
            } catch (Throwable ignored) {
                // best effort
            }
            protocolOut.println("NEO4J_STOPPED");
            protocolOut.flush();
            stopped.countDown();
        }, "neo4j-launcher-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        GraphDatabaseService defaultDb = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!defaultDb.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            throw new IllegalStateException("database 'neo4j' did not become available within 2 minutes");
        }
        long tAvailable = System.nanoTime();
        String authNote = "auth disabled";
        if (o.password != null) {
            authNote = setPassword(service, o.user, o.password) ? "password set" : "password unchanged";
        }
        long tAuth = System.nanoTime();
        waitForBolt(o.host, o.port, Duration.ofSeconds(30));

        if (o.parentPid != null) {
            watchParent(o.parentPid);
        }

        long pid = ProcessHandle.current().pid();
        String host = o.host.contains(":") ? "[" + o.host + "]" : o.host;
        System.err.println("neo4j-launcher: Neo4j " + NEO4J_VERSION + " ready in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms (databases "
                + TimeUnit.NANOSECONDS.toMillis(tAvailable - t0) + " ms, " + authNote + " "
                + TimeUnit.NANOSECONDS.toMillis(tAuth - tAvailable) + " ms; home " + o.data + ", logs in "
                + logs + ")");
        protocolOut.println("NEO4J_READY {\"bolt\":\"bolt://" + host + ":" + o.port + "\",\"version\":\""
                + NEO4J_VERSION + "\",\"pid\":" + pid + "}");
        protocolOut.flush();

        stopped.await();
    }

    /**
     * Sets (or creates) the user with the given password, without forcing a change on first login.
     * Returns false when the password was already in place.
     */
    private static boolean setPassword(DatabaseManagementService service, String user, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (canLogIn(system, user, password)) {
            // usual case on a second start: nothing to do, and no Cypher to compile (saves seconds)
            return false;
        }
        String name = "`" + user.replace("`", "``") + "`";
        Map<String, Object> params = Map.of("password", password);
        system.executeTransactionally(
                "CREATE USER " + name + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER " + name + " SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            // second start with the same password: "Old password and new password cannot be the same."
            String message = String.valueOf(describe(e));
            if (!message.contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER " + name + " SET PASSWORD CHANGE NOT REQUIRED", Map.of());
        }
        return true;
    }

    private static boolean canLogIn(GraphDatabaseService system, String user, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(
                    AuthToken.newBasicAuthToken(user, password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Throwable t) {
            return false;
        }
    }

    private static void waitForBolt(String host, int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt did not accept connections on " + host + ":" + port, last);
    }

    private static void watchParent(long parentPid) {
        Thread watcher = new Thread(() -> {
            while (true) {
                Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
                if (parent.isEmpty() || !parent.get().isAlive()) {
                    System.err.println("neo4j-launcher: parent process " + parentPid + " is gone, shutting down");
                    System.exit(0);
                    return;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "neo4j-launcher-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable cur = t;
        int depth = 0;
        while (cur != null && depth < 8) {
            if (depth > 0) sb.append(" <- ");
            sb.append(cur.getClass().getSimpleName());
            if (cur.getMessage() != null) sb.append(": ").append(cur.getMessage());
            if (cur.getCause() == cur) break;
            cur = cur.getCause();
            depth++;
        }
        return sb.toString();
    }
}
