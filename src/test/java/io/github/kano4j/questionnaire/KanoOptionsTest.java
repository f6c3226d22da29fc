package io.github.kano4j.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class KanoOptionsTest {

    private static List<String> instanceFields(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
    }

    @Test
    void everySettingAppearsInSettingsAndProvenance() {
        KanoOptions d = KanoOptions.defaults();
        List<String> fields = instanceFields(KanoOptions.class);
        assertThat(d.settings().keySet()).containsExactlyElementsOf(fields);
        for (String f : fields) {
            assertThat(d.provenance()).contains(f + "=");
        }
        assertThat(instanceFields(KanoOptions.Builder.class)).containsExactlyElementsOf(fields);
    }

    @Test
    void everyFieldIsFinal() {
        assertThat(Arrays.stream(KanoOptions.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())))
                .allMatch(f -> Modifier.isFinal(f.getModifiers()));
    }

    @Test
    void toBuilderRoundTripsEverySetting() {
        KanoOptions o = KanoOptions.builder().table(EvaluationTable.POULIOT).rule(ClassificationRule.PLAIN_MODE)
                .questionableGuard(false).strengthBand(0.1).lowTotalStrength(0.4).fongCritical(1.96).minimumN4(30)
                .denominator(KanoOptions.Denominator.ALL).quadrantThresholds(0.4, 0.6)
                .continuousScale(ContinuousScale.DUMOUCHEL_QUARTER).continuousExcludesQuestionableAndReverse(false)
                .continuousSplit(1.5).sampleStandardDeviation(false).confidence(0.9).smallSampleN4(50)
                .bootstrapReplicates(500).seed(7).lowStability(0.6).highQuestionableShare(0.2).highReverseShare(0.3)
                .importanceScaleMax(10).yangSplit(KanoOptions.YangSplit.MEDIAN).analyticalCutoffs(0.1, 20, 70)
                .monteCarloReplicates(99).momentMatchedSegments(50).build();
        KanoOptions back = o.toBuilder().build();
        assertThat(back).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(back.settings()).isEqualTo(o.settings());
        // every setting differs from the default, so a setting dropped by the copy would show here
        o.settings().forEach((k, v) -> {
            if (!k.equals("quadrantCentre")) {
                assertThat(v).as(k).isNotEqualTo(KanoOptions.defaults().settings().get(k));
            }
        });
    }

    @Test
    void withersDoNotMutateAndReplicatesAreBounded() {
        KanoOptions d = KanoOptions.defaults();
        KanoOptions b = d.withBootstrap(2000, 42L);
        assertThat(d.bootstrapReplicates()).isZero();
        assertThat(b.bootstrapReplicates()).isEqualTo(2000);
        assertThat(b.provenance()).contains("confidence=0.95 (wilson; bootstrap percentile)", "seed=42");
        assertThatThrownBy(() -> d.withBootstrap(2_000_000_000, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The setting 'bootstrapReplicates' must be between 0 and 1000000, was 2000000000");
        assertThatThrownBy(() -> d.withTable(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("The parameter 'table' must not be null.");
    }
}
