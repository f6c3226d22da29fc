package io.github.kano4j.cli;

import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.MarginsCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.stats.Raking;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import picocli.CommandLine.Option;

/**
 * {@code --weight COLUMN}, {@code --rake MARGINS.csv} and {@code --trim LO,HI}: how the main survey's respondents
 * are weighted (docs/METHODS.md §7.6), the same for every command that reads a survey.
 */
final class WeightingOptions {
    /** What {@code --weight} means, in every command that has it. */
    static final String WEIGHT = "respondent weights from COLUMN: weighted shares, coefficients and tests at the "
            + "effective sample size";

    @Option(names = "--weight", paramLabel = "COLUMN", description = WEIGHT)
    String column;

    @Option(names = "--rake", paramLabel = "MARGINS", description = "rake those weights (or 1) to a "
            + "variable,category,share file")
    Path margins;

    @Option(names = "--trim", paramLabel = "LO,HI", description = "with --rake: bound the weights to LO..HI times "
            + "the mean weight, e.g. 0.3,3")
    String trim;

    /** The Kano reader weighted as asked. */
    KanoCsvReader apply(KanoCsvReader reader) {
        return apply(reader, KanoCsvReader::withWeight, KanoCsvReader::withRaking);
    }

    /** The satisfaction reader weighted as asked. */
    SatisfactionCsvReader apply(SatisfactionCsvReader reader) {
        return apply(reader, SatisfactionCsvReader::withWeight, SatisfactionCsvReader::withRaking);
    }

    /** How a reader is given its raking. */
    private interface Raker<T> {
        T rake(T reader, List<Raking.Margin> margins, double lower, double upper);
    }

    private <T> T apply(T reader, BiFunction<T, String, T> weight, Raker<T> raking) {
        T r = column == null ? reader : weight.apply(reader, column);
        double[] bounds = bounds();
        if (margins != null) {
            List<Raking.Margin> read = MarginsCsvReader.read(margins); // its errors name the file and row
            try {
                r = raking.rake(r, read, bounds[0], bounds[1]);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--trim: " + e.getMessage());
            }
        } else if (trim != null) {
            throw new UsageException("--trim applies to raking; give --rake MARGINS.csv too");
        }
        return r;
    }

    private double[] bounds() {
        if (trim == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        String[] parts = trim.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new UsageException("--trim needs LO,HI (multiples of the mean weight), e.g. --trim 0.3,3");
        }
        return new double[] {Args.number(parts[0], "--trim"), Args.number(parts[1], "--trim")};
    }
}
