package dev.tupu.spark;

import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Writes the job's records into three folders of the output, one file per task in each, through Hadoop's output
 * committer (a task's files appear whole, once): {@code quads/part-NNNNN.nq} (N-Quads, one named graph per
 * document), {@code manifest/part-NNNNN.jsonl} and {@code failures/part-NNNNN.jsonl}. The record's key names the
 * folder and is not written; the value is written as it is, one or more lines.
 */
public final class JobOutputFormat extends MultipleTextOutputFormat<String, String> {
    static final String QUADS = "quads";
    static final String MANIFEST = "manifest";
    static final String FAILURES = "failures";

    @Override
    protected String generateFileNameForKeyValue(String key, String value, String name) {
        return key + "/" + name + (key.equals(QUADS) ? ".nq" : ".jsonl");
    }

    @Override
    protected String generateActualKey(String key, String value) {
        return null;
    }
}
