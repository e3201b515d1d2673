#!/usr/bin/env bash
# In-process extraction throughput (JMH, single thread): tupu's whole pipeline vs HanLP's perceptron NER segmenter
# alone (decoding as HanLP ships it, and as tupu decodes), on the same sentences (bench/corpus/paragraphs.txt if 'tupu corpus' made it, else seeds/). Prints chars/s
# of each and the ratio. Usage, from the repository's root: bench/jmh.sh [measurement iterations=5]
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-5}
mkdir -p bench/work
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=bench/work/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat bench/work/classpath.txt)"
chars=$(java -cp "$cp" dev.tupu.bench.ExtractionBenchmark)
java -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark -f 1 -wi 2 -w 5s -i "$iterations" -r 5s -rf json -rff bench/work/jmh.json > bench/work/jmh.log
python3 - "$chars" bench/work/jmh.json <<'PY'
import json, sys
chars = int(sys.argv[1]); runs = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[2]))}
for name, m in runs.items():
    print(f"{name:20s} {m['score'] * chars:12,.0f} chars/s  (± {m['scoreError'] * chars:,.0f}, {m['score']:.3f} passes/s over {chars:,} chars)")
print(f"ratio tupu/HanLP: {runs['tupuPipeline']['score'] / runs['hanlpPerceptronNer']['score']:.2f}")
print(f"ratio tupu/HanLP with tupu's decoding (the pipeline's own overhead): "
      f"{runs['tupuPipeline']['score'] / runs['hanlpPerceptronNerFactored']['score']:.2f}")
PY
