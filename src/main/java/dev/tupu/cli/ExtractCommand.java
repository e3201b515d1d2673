package dev.tupu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.extract.Pipeline;
import dev.tupu.extract.Pipelines;
import dev.tupu.service.DocumentDates;
import dev.tupu.service.ExtractionJson;
import dev.tupu.service.InvalidRequestException;
import dev.tupu.service.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads texts on standard input, one per line (plain, or JSON with a \"text\" field and an "
                + "optional \"date\", YYYY-MM-DD, the date of the text), and "
                + "writes one JSON line per input line, in order: its entities and relations with char offsets. "
                + "Needs no store; streams, so memory does not grow with the input.",
        footer = {"", "Examples:", "  echo '张三于2019年加入百度。' | tupu extract",
                "  tupu extract --format jsonl < texts.jsonl > found.jsonl",
                "  echo '{\"text\": \"张三去年加入百度。\", \"date\": \"2024-05-01\"}' | tupu extract"})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (default)")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads (default: the number of cores, ${sys:tupu.cores}); output stays in input order")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("jsonl")) {
            throw new InvalidRequestException("unknown format '" + format + "'; use jsonl");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new InvalidRequestException("--threads must be at least 1");
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
                line -> {
                    Input input = Input.of(line, mapper);
                    return mapper.writeValueAsString(json.toJson(pipeline.get().extract(input.text(), input.date())));
                },
                result -> {
                    out.write(result);
                    out.newLine();
                },
                out::flush);
        out.flush();
        return 0;
    }

    /**
     * One input line: a JSON object line gives its "text" field and its "date" (the date of the text, YYYY-MM-DD;
     * null when absent); any other line is the text itself, undated. A "date" that names no day stops the command
     * with a usage error (exit 2).
     */
    record Input(String text, LocalDate date) {
        static Input of(String line, ObjectMapper mapper) {
            String trimmed = line.strip();
            if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
                JsonNode node;
                try {
                    node = mapper.readTree(trimmed);
                } catch (IOException notJson) {
                    return new Input(line, null); // not JSON after all: the line is the text
                }
                if (node.hasNonNull("text") && node.get("text").isTextual()) {
                    JsonNode date = node.get("date");
                    boolean dated = date != null && !date.isNull();
                    if (dated && !date.isTextual()) {
                        throw new InvalidRequestException("\"date\" must be a string YYYY-MM-DD, not " + date);
                    }
                    return new Input(node.get("text").asText(),
                            dated ? DocumentDates.parse(date.asText(), "the \"date\"") : null);
                }
            }
            return new Input(line, null);
        }
    }
}
