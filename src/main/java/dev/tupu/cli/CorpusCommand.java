package dev.tupu.cli;

import dev.tupu.train.PkuArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Turns the People's Daily 1998 corpus (the file with paragraph ids) into plain-text articles "
                + "to measure tupu with: one .txt per paragraph (or per article) under OUT/articles/, and "
                + "OUT/paragraphs.txt with one paragraph a line, for 'tupu extract'. The output is generated data: "
                + "keep it out of the repository (bench/corpus/ is ignored).",
        footer = {"", "Example:",
                "  tupu corpus --corpus ../shared/data/corpus/pku98-199801.txt --out bench/corpus",
                "  tupu build --input bench/corpus/articles --store /tmp/pd98"})
final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "the PKU-format corpus with paragraph ids (pku98-199801.txt)")
    Path corpus;

    @Option(names = "--out", defaultValue = "bench/corpus", paramLabel = "DIR",
            description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--per", defaultValue = "paragraph", paramLabel = "UNIT",
            description = "one document per paragraph or per article (default: ${DEFAULT-VALUE})")
    String per;

    @Override
    public Integer call() throws Exception {
        PkuArticles.Unit unit;
        try {
            unit = PkuArticles.Unit.parse(per);
        } catch (IllegalArgumentException e) {
            throw new dev.tupu.service.InvalidRequestException("--per must be paragraph or article, not '" + per + "'");
        }
        PkuArticles.Written w = PkuArticles.write(corpus, out, unit);
        System.out.printf("%,d documents (%,d paragraphs, %,d characters) in %s; one paragraph a line in %s%n",
                w.documents(), w.paragraphCount(), w.characters(), w.articles(), w.paragraphs());
        return 0;
    }
}
