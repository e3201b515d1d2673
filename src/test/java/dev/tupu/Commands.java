package dev.tupu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** tupu's commands run as a user runs them, from the repository's root: the packaged jar, and bin/tupu-spark. */
public final class Commands {
    public static final Path JAR = Path.of("target/tupu.jar");
    public static final Path SPARK = Path.of("bin/tupu-spark");

    /** What a command did; its output is read whole from the files it went to. */
    public record Run(int exit, String out, String err) {
        /** Asserts that the command exited with {@code expected}, showing its output if not. */
        public Run exits(int expected) {
            assertEquals(expected, exit, "exit code; output:\n" + out + "\n--- standard error:\n" + err);
            return this;
        }
    }

    private Commands() {
    }

    /** {@code java -jar target/tupu.jar ARGS}; output kept in {@code work}. */
    public static Run tupu(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(work, command);
    }

    /** {@code bin/tupu-spark ARGS}: the Spark job in a JVM of its own. */
    public static Run spark(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SPARK.toString()));
        command.addAll(List.of(args));
        return run(work, command);
    }

    private static Run run(Path work, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command + " did not end within 15 minutes:\n" + Files.readString(out) + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
