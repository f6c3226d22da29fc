package io.github.kano4j.satisfaction;

import io.github.kano4j.IngestReport;
import io.github.kano4j.internal.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The respondents of an ordinary satisfaction survey: per respondent an integer rating of each attribute
 * and an overall satisfaction rating. Rows are kept in compact form (one byte per rating, one double per
 * overall rating) because the heteroscedasticity-robust standard errors and the respondent bootstrap need
 * them. Respondents with a missing rating are dropped listwise and counted (docs/METHODS.md §6).
 */
public final class SatisfactionSurvey {
    private final List<String> attributes;
    private final byte[] ratings;
    private final double[] overall;
    private final int respondents;
    private final IngestReport report;
    private final long[] rows;
    private final double[] weights;

    private SatisfactionSurvey(List<String> attributes, byte[] ratings, double[] overall, int respondents,
            IngestReport report, long[] rows, double[] weights) {
        this.rows = rows;
        this.weights = weights;
        this.attributes = List.copyOf(attributes);
        this.ratings = ratings;
        this.overall = overall;
        this.respondents = respondents;
        this.report = report;
    }

    /** A builder for surveys assembled in code (or by a reader). */
    public static Builder builder(List<String> attributes) {
        return new Builder(attributes, "input");
    }

    /** The attributes, in column order. */
    public List<String> attributes() {
        return attributes;
    }

    /** Respondents kept (complete rows). */
    public int respondents() {
        return respondents;
    }

    /** Respondent j's rating of attribute i. */
    public int rating(int respondent, int attribute) {
        return ratings[respondent * attributes.size() + attribute];
    }

    /** Respondent j's overall rating. */
    public double overall(int respondent) {
        return overall[respondent];
    }

    /**
     * This survey with respondent weights (docs/METHODS.md §7.6): the shares, means and the PRCA model become
     * weighted, and results report n, the Kish effective sample size n_eff and the design effect. The weights are
     * rescaled to mean 1 (their sum is the number of respondents); the report keeps a line saying so.
     *
     * @param weights one positive, finite weight per respondent
     * @param how     how the weights were made, for the report, e.g. "column weight" or a raking summary
     * @throws IllegalArgumentException for a wrong count or a weight that is not positive and finite
     */
    public SatisfactionSurvey withWeights(double[] weights, String how) {
        Check.notNull(weights, "weights");
        Check.notNull(how, "how");
        Check.argument(weights.length == respondents, "One weight per respondent: " + weights.length + " weights for "
                + respondents + " respondents");
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            Check.argument(weights[j] > 0 && Double.isFinite(weights[j]), "Respondent " + (j + 1) + " (row " + rows[j]
                    + "): a weight must be positive and finite, was " + weights[j]);
            sum += weights[j];
        }
        double[] w = new double[respondents];
        for (int j = 0; j < respondents; j++) {
            w[j] = weights[j] * respondents / sum;
        }
        List<String> warnings = new ArrayList<>(report.warnings());
        SatisfactionSurvey weighted = new SatisfactionSurvey(attributes, ratings, overall, respondents, report, rows, w);
        warnings.add(String.format(java.util.Locale.ROOT, "respondent weights (%s): n %d, n_eff %.1f, design effect "
                + "%.3f", how, respondents, weighted.effectiveN(), weighted.designEffect()));
        IngestReport r = new IngestReport(report.source(), report.rowsRead(), report.rowsUsed(), report.rowsRejected(),
                report.attributes(), report.unusedColumns(), warnings);
        return new SatisfactionSurvey(attributes, ratings, overall, respondents, r, rows, w);
    }

    /** Whether the respondents carry weights. */
    public boolean weighted() {
        return weights != null;
    }

    /** Respondent j's weight, rescaled to mean 1 (1 without weights). */
    public double weight(int respondent) {
        return weights == null ? 1 : weights[respondent];
    }

    /** Kish's effective sample size {@code (Σw)² / Σw²}; the number of respondents without weights. */
    public double effectiveN() {
        if (weights == null) {
            return respondents;
        }
        double sum = 0;
        double sum2 = 0;
        for (double w : weights) {
            sum += w;
            sum2 += w * w;
        }
        return sum2 == 0 ? 0 : sum * sum / sum2;
    }

    /** The design effect of the weights, {@code n / n_eff} (1 without weights). */
    public double designEffect() {
        return respondents == 0 ? 1 : respondents / effectiveN();
    }

    /** The file row of respondent j (header = row 1), or 0 when the survey was built in code. */
    public long row(int respondent) {
        return rows[respondent];
    }

    /** The accounting of every row offered. */
    public IngestReport report() {
        return report;
    }

    /** The most attributes a survey may have: the joint model's matrix grows with their square. */
    public static final int MAX_ATTRIBUTES = 1000;

    /** Collects respondents; incomplete ones are counted as rejected, never silently lost. */
    public static final class Builder {
        private final List<String> attributes;
        private final String source;
        private byte[] ratings = new byte[1024];
        private double[] overall = new double[64];
        private long[] rows = new long[64];
        private int n;
        private long offered;
        private final Map<String, Long> rejected = new LinkedHashMap<>();
        private final List<String> unused = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Builder(List<String> attributes, String source) {
            Objects.requireNonNull(attributes, "The parameter 'attributes' must not be null.");
            if (attributes.isEmpty()) {
                throw new IllegalArgumentException("A satisfaction survey needs at least one attribute");
            }
            if (attributes.size() > MAX_ATTRIBUTES) {
                throw new IllegalArgumentException("A satisfaction survey may have at most " + MAX_ATTRIBUTES
                        + " attributes (the joint model has two coefficients each), had " + attributes.size()
                        + "; choose the rating columns");
            }
            this.attributes = List.copyOf(attributes);
            this.source = source;
        }

        /** A builder naming its source in the report (used by readers). */
        public static Builder forSource(List<String> attributes, String source) {
            return new Builder(attributes, source);
        }

        /**
         * Adds one respondent. A NaN overall or rating means missing: the respondent is rejected (counted
         * under "missing rating"). Ratings must be whole numbers 0–100.
         *
         * @return whether the respondent was kept
         * @throws IllegalArgumentException for a rating that is not a whole number 0–100 or a wrong count
         */
        public boolean add(double overallRating, double... attributeRatings) {
            return addRow(0, overallRating, attributeRatings);
        }

        /** Adds one respondent read from file row {@code row} (header = row 1), as {@link #add}. */
        public boolean addRow(long row, double overallRating, double... attributeRatings) {
            if (attributeRatings.length != attributes.size()) {
                throw new IllegalArgumentException("Expected " + attributes.size() + " ratings, got "
                        + attributeRatings.length);
            }
            offered++;
            if (Double.isNaN(overallRating)) {
                reject("overall rating missing");
                return false;
            }
            for (double r : attributeRatings) {
                if (Double.isNaN(r)) {
                    reject("attribute rating missing");
                    return false;
                }
                if (r != Math.rint(r) || r < 0 || r > 100) {
                    throw new IllegalArgumentException("Attribute ratings must be whole numbers 0-100, was " + r);
                }
            }
            if (Double.isInfinite(overallRating)) {
                throw new IllegalArgumentException("The overall rating must be a finite number, was " + overallRating);
            }
            int k = attributes.size();
            if ((n + 1) * k > ratings.length) {
                ratings = Arrays.copyOf(ratings, Math.max(ratings.length * 2, (n + 1) * k));
            }
            if (n + 1 > overall.length) {
                overall = Arrays.copyOf(overall, overall.length * 2);
            }
            for (int i = 0; i < k; i++) {
                ratings[n * k + i] = (byte) attributeRatings[i];
            }
            overall[n] = overallRating;
            if (n + 1 > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[n] = row;
            n++;
            return true;
        }

        /** Counts a row the caller could not use, with its reason. */
        public void reject(String reason) {
            rejected.merge(reason, 1L, Long::sum);
        }

        /** Counts a row offered but rejected by the caller before {@link #add}. */
        public void rejectOffered(String reason) {
            offered++;
            reject(reason);
        }

        /** Notes an unused column for the report. */
        public void unusedColumn(String description) {
            unused.add(description);
        }

        /** Notes a warning for the report. */
        public void warning(String warning) {
            warnings.add(warning);
        }

        /** The survey. */
        public SatisfactionSurvey build() {
            IngestReport report = new IngestReport(source, offered, n, rejected, Map.of(), unused, warnings);
            return new SatisfactionSurvey(attributes, Arrays.copyOf(ratings, n * attributes.size()),
                    Arrays.copyOf(overall, n), n, report, Arrays.copyOf(rows, n), null);
        }
    }
}
