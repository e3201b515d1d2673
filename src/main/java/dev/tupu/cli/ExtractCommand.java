package dev.tupu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.service.ExtractionJson;
import dev.tupu.service.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads texts on standard input, one per line (plain, or JSON with a \"text\" field), and "
                + "writes one JSON line per input line, in order: its entities and relations with char offsets. "
                + "Needs no store; streams, so memory does not grow with the input.",
        footer = {"", "Examples:", "  echo '张三于2019年加入百度。' | tupu extract",
                "  tupu extract --format jsonl < texts.jsonl > found.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (default)")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads (default: the number of cores, ${sys:tupu.cores}); output stays in input order")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl")) {
            throw new dev.tupu.service.InvalidRequestException("unknown format '" + format + "'; use jsonl");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new dev.tupu.service.InvalidRequestException("--threads must be at least 1");
        }
        ObjectMapper mapper = new ObjectMapper();
        ExtractionJson json = new ExtractionJson(mapper);
        Pipelines pipelines = new Pipelines();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        ThreadLocal<Pipeline> pipeline = ThreadLocal.withInitial(pipelines::newPipeline);
        new OrderedParallel<String, String>(workers, workers * 64).run(
                new OrderedParallel.Source<>() {
                    public String next() throws IOException {
                        return in.readLine();
                    }

                    public boolean ready() throws IOException {
                        return in.ready();
                    }
                },
                line -> mapper.writeValueAsString(json.toJson(pipeline.get().extract(textOf(line, mapper)))),
                result -> {
                    out.write(result);
                    out.newLine();
                },
                out::flush);
        out.flush();
        return 0;
    }

    /** A JSON object line gives its "text" field; any other line is the text itself. */
    private static String textOf(String line, ObjectMapper mapper) {
        String trimmed = line.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            try {
                JsonNode node = mapper.readTree(trimmed);
                if (node.hasNonNull("text") && node.get("text").isTextual()) {
                    return node.get("text").asText();
                }
            } catch (IOException notJson) {
                // Not JSON after all: the line is the text.
            }
        }
        return line;
    }
}
