package io.github.kano4j.internal;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Text made in parts on all cores and joined in order: the same text as making the parts one after another. */
public final class InOrder {

    private InOrder() {
    }

    /** Parts 0 … count − 1, each made by {@code part} (which must be safe to call from several threads), joined. */
    public static String join(int count, IntFunction<String> part) {
        Check.notNull(part, "part");
        // an ordered parallel stream joins in encounter order whatever thread made each part
        return IntStream.range(0, count).parallel().mapToObj(part).collect(Collectors.joining());
    }
}
