package dev.tupu.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code mvn package} ships: tupu.jar runs with {@code java -jar} and holds the Spark job's classes for
 * {@code spark-submit}, but not Spark, Scala or Hadoop, which the cluster (or bin/tupu-spark) provides.
 */
class PackagingIT {
    private static final Path JAR = Path.of("target/tupu.jar");

    @Test
    void the_jar_holds_the_job_but_no_spark_and_stays_under_100_mb() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> provided = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                            || n.startsWith("org/apache/hadoop/"))
                    .limit(5).toList();
            assertEquals(List.of(), provided, "classes the cluster provides are not shaded in");
            assertTrue(jar.getEntry("dev/tupu/spark/ExtractJob.class") != null, "spark-submit --class dev.tupu.spark.ExtractJob");
            assertEquals("dev.tupu.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        assertTrue(Files.size(JAR) < 100L << 20, "tupu.jar is " + Files.size(JAR) / (1 << 20) + " MB");
    }

    @Test
    void bin_tupu_spark_has_spark_on_its_class_path() throws Exception {
        String classpath = Files.readString(Path.of("target/spark-classpath.txt"));
        assertTrue(classpath.contains("spark-core_2.13-"), "Spark's jars from the local Maven repository");
        assertTrue(Files.isRegularFile(Path.of("target/spark/jakarta.servlet-api-5.0.0.jar")));
        assertTrue(Files.isExecutable(Path.of("bin/tupu-spark")));
    }
}
