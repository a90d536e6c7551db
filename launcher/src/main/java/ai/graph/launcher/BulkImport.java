package ai.graph.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;

import picocli.CommandLine;

/**
 * {@code import --data <dir> [neo4j-admin database import full options]}: runs Neo4j's own offline importer
 * (the code behind {@code neo4j-admin database import full}) into the default database of the DBMS home that
 * the launcher starts from, before that DBMS is started. Every other option goes to the importer unchanged
 * ({@code --nodes=Label=file.csv}, {@code --relationships=TYPE=file.csv}, ...), so its documentation applies.
 *
 * <p>The importer refuses a database that already holds a store unless {@code --overwrite-destination} is
 * given; the caller decides that. Exit codes: 0 imported, 1 import failed, 2 bad arguments.
 */
final class BulkImport {

    private BulkImport() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path data = null;
        List<String> forwarded = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]).toAbsolutePath().normalize();
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length())).toAbsolutePath().normalize();
            } else {
                forwarded.add(arg);
            }
        }
        if (data == null) {
            err.println("neo4j-launcher import: --data <dir> is required (the DBMS home the launcher starts)");
            return Neo4jLauncher.EXIT_USAGE;
        }
        try {
            Files.createDirectories(data.resolve("logs"));
        } catch (Exception e) {
            err.println("neo4j-launcher import: cannot create " + data + ": " + e.getMessage());
            return Neo4jLauncher.EXIT_FAILURE;
        }
        // The report of skipped or bad rows would otherwise land in the working directory.
        if (forwarded.stream().noneMatch(a -> a.startsWith("--report-file"))) {
            forwarded.add("--report-file=" + data.resolve("logs").resolve("import.report"));
        }
        ExecutionContext context = new ExecutionContext(data, data.resolve("conf"), out, err, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
        CommandLine command = new CommandLine(new ImportCommand.Full(context));
        command.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("neo4j-launcher import: " + describe(e));
            return Neo4jLauncher.EXIT_FAILURE;
        });
        int code = command.execute(forwarded.toArray(new String[0]));
        return code == 0 ? 0 : code == CommandLine.ExitCode.USAGE ? Neo4jLauncher.EXIT_USAGE : Neo4jLauncher.EXIT_FAILURE;
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable cur = t; cur != null; cur = cur.getCause() == cur ? null : cur.getCause()) {
            if (sb.length() > 0) sb.append(" <- ");
            sb.append(cur.getClass().getSimpleName());
            if (cur.getMessage() != null) sb.append(": ").append(cur.getMessage());
        }
        return sb.toString();
    }
}
