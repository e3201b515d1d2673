package dev.tupu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tupu}: build a knowledge graph from articles, serve it, query it, export it. */
@Command(name = "tupu", mixinStandardHelpOptions = true, version = dev.tupu.support.Version.NAME,
        description = "Builds a knowledge graph from Chinese and mixed Chinese/English articles.",
        subcommands = {BuildCommand.class, LoadCommand.class, ServeCommand.class, ExportCommand.class, QueryCommand.class,
                ExtractCommand.class, CorpusCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  tupu build --input seeds            build the graph from seeds/ into data/tdb2",
                "  tupu load --input out/quads         bulk-load the Spark job's N-Quads into data/tdb2",
                "  tupu serve --port 7878              serve SPARQL and REST on http://127.0.0.1:7878",
                "  tupu query 'SELECT * { ?s ?p ?o } LIMIT 5'",
                "  echo '李四加入了百度。' | tupu extract",
                "", "Exit codes: 0 success, 1 some input failed, 2 bad usage, 3 store or I/O error."})
public final class Main {
    public static final int PARTIAL_FAILURE = 1;
    public static final int USAGE = 2;
    public static final int STORE_ERROR = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        System.setProperty("tupu.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tupu: " + messageOf(e));
            return e instanceof dev.tupu.service.InvalidRequestException
                    || e instanceof dev.tupu.service.BadDocumentException ? USAGE : STORE_ERROR;
        });
        return cli.execute(args);
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
