package io.github.kano4j.cli;

import picocli.CommandLine.Option;

/** {@code --bootstrap N} and {@code --seed S}: resampling of the main survey. */
final class ResamplingOptions {
    @Option(names = "--bootstrap", paramLabel = "N", description = "N bootstrap resamples (percentile intervals, "
            + "category stability)")
    String bootstrap;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the bootstrap and Monte-Carlo tests (default "
            + "20261122)")
    String seed;

    /** The replicates asked for, at most {@code max}, or {@code null}. */
    Integer replicates(int max) {
        return bootstrap == null ? null : Args.count(bootstrap, "--bootstrap", max);
    }

    /** The seed asked for, or {@code null}. */
    Long seed() {
        return seed == null ? null : Args.seed(seed, "--seed");
    }
}
