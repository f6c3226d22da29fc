package io.github.kano4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AttributeEvidence;
import io.github.kano4j.io.KanoCsvReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.AttributeTally;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.questionnaire.KanoTally;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the API, called with {@code null} for one reference argument at a time,
 * answers with an exception naming the parameter ({@code The parameter 'x' must not be null.}, perhaps followed by
 * what to do instead) — never a bare NullPointerException from deep inside, and never a silent result. Exceptions
 * (whose causes may be absent) and {@code equals} (which answers false) are left out.
 */
class NullArgumentsTest {
    private static final Pattern NAMED = Pattern.compile("The parameter '\\w+' must not be null\\..*", Pattern.DOTALL);
    private static final List<Object> INSTANCES = List.of(KanoOptions.defaults(), KanoOptions.builder(),
            KanoTally.create(), AttributeTally.create(), KanoCsvReader.create(), SatisfactionCsvReader.create("o"),
            AllocationOptions.defaults(), SatisfactionOptions.defaults(), AttributeEvidence.empty("x"));

    @Test
    void everyNullArgumentIsNamed() throws Exception {
        List<String> bad = new ArrayList<>();
        int calls = 0;
        for (Class<?> c : apiClasses()) {
            List<Executable> targets = new ArrayList<>();
            for (Method m : c.getMethods()) {
                boolean callable = Modifier.isStatic(m.getModifiers()) || instanceOf(c) != null;
                if (m.getDeclaringClass() == c && !m.getName().equals("equals") && callable) {
                    targets.add(m);
                }
            }
            for (Constructor<?> k : c.getConstructors()) {
                targets.add(k);
            }
            for (Executable e : targets) {
                Class<?>[] types = e.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = arguments(types);
                    if (args == null) {
                        continue;
                    }
                    args[i] = null;
                    calls++;
                    String problem = call(e, c, args);
                    if (problem != null) {
                        bad.add(c.getSimpleName() + "." + e.getName() + " argument " + i + ": " + problem);
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(bad).as("null arguments not named").isEmpty();
    }

    private static String call(Executable e, Class<?> c, Object[] args) {
        try {
            if (e instanceof Method m) {
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instanceOf(c), args);
            } else {
                ((Constructor<?>) e).newInstance(args);
            }
            return "accepted null";
        } catch (InvocationTargetException ex) {
            Throwable t = ex.getCause();
            if (t instanceof NullPointerException && t.getMessage() != null && NAMED.matcher(t.getMessage()).matches()) {
                return null;
            }
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        } catch (ReflectiveOperationException ex) {
            return ex.toString();
        }
    }

    private static Object instanceOf(Class<?> c) {
        return INSTANCES.stream().filter(c::isInstance).findFirst().orElse(null);
    }

    /** Plain values for every parameter type, or null when a type has no simple value. */
    private static Object[] arguments(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            if (t == int.class) {
                args[i] = 1;
            } else if (t == long.class) {
                args[i] = 1L;
            } else if (t == double.class) {
                args[i] = 0.5;
            } else if (t == boolean.class) {
                args[i] = false;
            } else if (t == String.class) {
                args[i] = "x";
            } else if (t == Path.class) {
                args[i] = Path.of("does-not-exist.csv");
            } else if (t == List.class) {
                args[i] = List.of();
            } else if (t == java.util.Map.class) {
                args[i] = java.util.Map.of();
            } else if (t == java.nio.charset.Charset.class) {
                args[i] = java.nio.charset.StandardCharsets.UTF_8;
            } else if (t == java.io.Reader.class) {
                args[i] = new java.io.StringReader("");
            } else if (t == java.time.LocalDate.class) {
                args[i] = java.time.LocalDate.of(2026, 11, 1);
            } else if (t == Double.class || t == Integer.class || t == Long.class) {
                args[i] = t == Double.class ? (Object) 0.5 : t == Integer.class ? (Object) 1 : (Object) 1L;
            } else if (t.isEnum()) {
                args[i] = t.getEnumConstants()[0];
            } else if (t.isArray()) {
                args[i] = java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
            } else {
                Object sample = INSTANCES.stream().filter(t::isInstance).findFirst().orElse(null);
                if (sample == null) {
                    return null;
                }
                args[i] = sample;
            }
        }
        return args;
    }

    private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root.resolve("io/github/kano4j"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".internal.") || name.contains(".cli.") || name.endsWith("package-info")
                        || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name);
                if (Modifier.isPublic(c.getModifiers()) && !c.isEnum() && !Throwable.class.isAssignableFrom(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
