package io.github.kano4j.internal;

/**
 * Argument checks with one message style, naming the parameter as the caller sees it:
 * {@code The parameter 'tally' must not be null.}
 */
public final class Check {
    private Check() {
    }

    /** Returns the value, or throws {@link NullPointerException} naming the parameter. */
    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new NullPointerException("The parameter '" + parameter + "' must not be null.");
        }
        return value;
    }

    /** Returns the value, or throws {@link NullPointerException} naming the parameter and what to do instead. */
    public static <T> T notNull(T value, String parameter, String hint) {
        if (value == null) {
            throw new NullPointerException("The parameter '" + parameter + "' must not be null. " + hint);
        }
        return value;
    }

    /** Returns the array, or throws {@link NullPointerException} naming the parameter when it or an element is null. */
    public static <T> T[] noNulls(T[] values, String parameter) {
        notNull(values, parameter);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException("The parameter '" + parameter + "' must not hold null (element " + i
                        + ").");
            }
        }
        return values;
    }

    /** Throws {@link IllegalArgumentException} with the message when the condition is false. */
    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
