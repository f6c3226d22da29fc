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

    /** Throws {@link IllegalArgumentException} with the message when the condition is false. */
    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
