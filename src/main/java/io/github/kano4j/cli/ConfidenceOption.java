package io.github.kano4j.cli;

import picocli.CommandLine.Option;

/** {@code --confidence LEVEL}: the level of every interval and test. */
final class ConfidenceOption {
    @Option(names = "--confidence", paramLabel = "LEVEL", description = "interval level strictly between 0 and 1 "
            + "(default 0.95)")
    Double confidence;

    /** The level asked for, or {@code fallback}; a usage error outside (0, 1). */
    double level(double fallback) {
        double c = confidence == null ? fallback : confidence;
        if (!(c > 0 && c < 1)) {
            throw new UsageException("--confidence needs a level strictly between 0 and 1, was " + c);
        }
        return c;
    }

    /** Whether the option was given. */
    boolean given() {
        return confidence != null;
    }
}
