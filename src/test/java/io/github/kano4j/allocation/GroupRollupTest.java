package io.github.kano4j.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kano4j.Kano;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Attribute groups: the plan rolls up by group (decisions, spend, gain, cost to meet the group's floors) and the
 * roll-up adds up to the plan; groups come from the attribute sheet's group column or from {@code --groups}.
 */
class GroupRollupTest {
    @TempDir
    Path dir;

    @Test
    void theChineseDemoRollsUpByDepartmentAndAddsUp() {
        String text = Cli.run("allocate", "--demo", "--language", "zh", "--budget", "20000");
        assertThat(text).contains("按分组").containsPattern("流程 +3 +3 +0 +0 +0 +20000.0000 +0.3019 +55000.0000");
        String csv = Cli.run("allocate", "--demo", "--language", "zh", "--budget", "20000", "--format", "csv");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",label,group,kpi_floor");
        assertThat(csv).contains(",提升,技术,\n");
        String html = Cli.run("report", "--demo", "--language", "zh-Hant", "--budget", "20000");
        assertThat(html).contains("<h3>按分組</h3>").contains("<td class=\"t\">流程</td><td>3</td>");
    }

    @Test
    void aGroupsFileOnTheEnglishDemoAndTheSums() throws IOException {
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, "attribute,group\nTechnician arrives within two hours,field service\n"
                + "Problem solved on the first visit,field service\nCallback when the line is busy,hotline\n"
                + "Problem solved on the first call,hotline\nHold music while waiting,hotline\n");
        String text = Cli.run("allocate", "--demo", "--budget", "20000", "--groups", groups.toString());
        assertThat(text).containsPattern("field service +2 +2 ").containsPattern("hotline +3 +2 +0 +1 ")
                .containsPattern("\\(no group\\) +5 ");
        String csv = Cli.run("allocate", "--demo", "--budget", "20000", "--groups", groups.toString(), "--format", "csv");
        assertThat(csv).contains(",increase,field service,\n").contains(",remove,hotline,\n");
    }

    @Test
    void theRollUpAddsUpToThePlan() {
        AllocationPlan plan = Kano.allocate(
                Kano.analyze(Path.of("examples/data/call-centre-kano.csv")),
                Kano.analyzeSatisfaction(SatisfactionCsvReader.create("总体满意度")
                        .read(Path.of("examples/data/call-centre-satisfaction.csv")),
                        SatisfactionOptions.defaults().withBootstrap(0, 1)),
                AttributeSheetReader.read(Path.of("examples/data/call-centre-attributes.csv"))
                        .facts(), AllocationOptions.defaults(), 20_000);
        List<AllocationPlan.GroupRollup> groups = plan.byGroup();
        assertThat(groups).extracting(AllocationPlan.GroupRollup::group).containsExactly("技术", "流程", "人员");
        BudgetAllocation b = plan.budget().orElseThrow();
        assertThat(groups.stream().mapToDouble(AllocationPlan.GroupRollup::spend).sum()).isCloseTo(b.spent(),
                within(1e-9));
        assertThat(groups.stream().mapToDouble(AllocationPlan.GroupRollup::gain).sum()).isCloseTo(b.totalGain(),
                within(1e-12));
        assertThat(groups.stream().mapToDouble(AllocationPlan.GroupRollup::floorsCost).sum())
                .isCloseTo(b.floorsCost(), within(1e-9));
        assertThat(groups.stream().mapToInt(g -> g.attributes().size()).sum()).isEqualTo(plan.decisions().size());
        assertThat(plan.group("反馈及时")).contains("流程");
        assertThat(AllocationPlan.of(List.of(), AllocationOptions.defaults()).byGroup()).isEmpty();
    }
}
