package io.github.kano4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kano4j.Kano;
import io.github.kano4j.Language;
import io.github.kano4j.allocation.AllocationDecision;
import io.github.kano4j.allocation.AllocationOptions;
import io.github.kano4j.allocation.AllocationPlan;
import io.github.kano4j.allocation.AttributeFacts;
import io.github.kano4j.cli.Cli;
import io.github.kano4j.internal.Hant;
import io.github.kano4j.io.AttributeSheetReader;
import io.github.kano4j.io.SatisfactionCsvReader;
import io.github.kano4j.questionnaire.KanoAnalysis;
import io.github.kano4j.questionnaire.KanoOptions;
import io.github.kano4j.satisfaction.SatisfactionAnalysis;
import io.github.kano4j.satisfaction.SatisfactionOptions;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Traditional Chinese (zh-Hant): every Chinese text the library writes has a Traditional form with no
 * Simplified-only character left, the plan's sentences and the manager's summary use it, and user data is kept.
 */
class TraditionalChineseTest {
    /**
     * Common characters whose Simplified and Traditional forms differ, listed independently of the converter, so a
     * new text using one the converter does not know fails here.
     */
    private static final String SIMPLIFIED_ONLY = "资弥与专业东丝两严丧个丰临为举么义乐习乡书买乱争亏亚产亲亿仅从仓仪们价众优"
            + "会伟传伤伦伪体侠侧侦俭债倾偿储儿兑党兰关兴养兽册写军农冲决况冻净减凤凭击凿刘则刚创删别刹剂剑剧劝办务"
            + "动劳势勋区医华协单卖卢卫却厂历压厌厕县参双发变叙叶号叹后吓吕吗启员呜响哑唤啰喷团园围国图圆圣场坏块坚坛"
            + "坝坟垄垒垦备复够头夺奋奖妇妈姗娱婴孙学宁宝实宠审宪宫宽宾对寻导寿将尔尘尝层属岁岂岗岛岭峡币师帐帘带帮广庄"
            + "庆库应庙废开异弃张弯弹强归当录彻忆忧怀态怜总恋恒恳恶恼悬惊惧惨惯愤愿戏战户扑执扩扫扬扰抚抛抢护报担拟拢拥择"
            + "拦挂挡挣挤挥捞损捡换据掳掷揽搀摄摆摇摊撑撵擞敌数斋断无旧时旷昼显晋晒晓晕暂术机杀杂权条来杨极构枪标栈栋栏树"
            + "样档桥检楼横欢欧歼残毁毕毙气汇汉汤沟没沪泪泼洁浅测济浓涂涛涝涡润涨渊渐渔湾湿满滚滞滤滥灭灯灵灾炉点炼烁烂烛"
            + "烦烧热爱爷牍牵状犹狮独狭猎猪献环现玛珐珑琐画畅疗疯痒盏监盖盘矫矿码砖础确碍礼祸离秃种积称稳穷窃窍竞笔"
            + "笼筑签简粮紧纠红约级纪纯纲纳纵纷纸纹纺线练组细织终绍经结绕绘给络绝统绣继绩绪续维绵综绿缓编缘缩缴网罗罚罢"
            + "职联聪肃肠肤肿胀胁胜脉脏脑脚脱腊舆舰艺节芦苏苹荐药获莱营萧萨蓝虑虚虫虽蚁蚂蛮补装见观规视览觉誉计订认讨让训"
            + "议讯记讲许论设访证评识诉译试诗诚话诞询该详语误说请诸读课谁调谈谊谋谓谢谨谱负贝贞财责贤败货质贩贪贫购贯贵"
            + "贷贸费贺赋赌赏赔赖赚赛赞赠赵赶趋跃践踪轨轮软轰轴轻载较辅辆辈辉输辞辩边辽达迁过迈运还这进远违连迟适选逊递逻遗"
            + "邓邮邻郁郑酱释钓钟钢钥钱铁铃铜银铸铺链销锁锅错锤锦键镇镜长门闪闭问闯闲间闷闹闻阀阁阅队阳阴阵阶际陆陈陕险"
            + "随隐难雾静韦韩页顶项顺须顽顾顿预领频题颜额风飞饥饭饮饰饱饼馆验骂骄骑骗鱼鲁鲜鸟鸡鸣鸭麦黄齐齿龙龟"
            + "触叠范阈惩腾划励";

    @Test
    void languageTagsParse() {
        for (String tag : new String[] {"zh-Hant", "zh-TW", "zh_hk", "ZH-MO"}) {
            assertThat(Language.parse(tag)).isEqualTo(Language.ZH_HANT);
        }
        assertThat(Language.ZH_HANT.tag()).isEqualTo("zh-Hant");
        assertThat(Language.ZH_HANT.isChinese()).isTrue();
        assertThat(Language.EN.isChinese()).isFalse();
    }

    @Test
    void everyChineseTextOfTheLibraryConvertsWithoutASimplifiedCharacterLeft() throws IOException {
        int texts = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.endsWith("Hant.java") || f.toString().contains("AnswerScale") || f.toString().contains("Header")
                        || f.toString().contains("PlatformExport") || f.toString().contains("CsvFiles")) {
                    continue; // answer wordings and header role words are input vocabularies, read in both scripts
                }
                for (String text : literals(Files.readString(f))) {
                    if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        texts++;
                        assertThat(leftover(Hant.of(text))).as("%s: %s -> %s", f, text, Hant.of(text)).isEmpty();
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(40);
    }

    @Test
    void thePlanAndReportInTraditionalChinese() {
        KanoAnalysis kano = Kano.analyze(Path.of("examples/data/after-sales-service.csv"));
        SatisfactionAnalysis sat = Kano.analyzeSatisfaction(SatisfactionCsvReader.create("overall")
                .read(Path.of("examples/data/after-sales-satisfaction.csv")), SatisfactionOptions.defaults()
                .withBootstrap(0, 1));
        Map<String, AttributeFacts> facts = AttributeSheetReader.read(Path.of("examples/data/after-sales-attributes.csv"))
                .facts();
        AllocationPlan plan = Kano.allocate(kano, sat, facts, AllocationOptions.defaults()
                .withLanguage(Language.ZH_HANT), 20_000);
        String html = Report.html(kano, sat, plan);
        assertThat(html).contains("<html lang=\"zh-Hant\"").contains("<h2>摘要</h2>").contains("優先修復")
                .contains("如何閱讀本報告").contains("lang=\"zh-Hant\"").doesNotContain("lang=\"zh-Hans\"");
        // these data are English, so nothing Simplified may appear anywhere in the page
        assertThat(leftover(html)).isEmpty();
        assertThat(plan.decisions()).anyMatch(d -> d.sentence().startsWith("優先修復：提升「Callback when the line is busy」"));
        plan.decisions().forEach(d -> assertThat(leftover(d.sentence())).as(d.sentence()).isEmpty());
        String simplified = Cli.run("allocate", "--demo", "--budget", "20000", "--language", "zh");
        assertThat(simplified).contains("优先修复：提升“未接通时转接或回电”");
        assertThat(Cli.run("allocate", "--demo", "--budget", "20000", "--language", "zh-TW")).contains("優先修復：提升「");
    }

    @Test
    void userNamesAreNeverConverted() {
        AllocationPlan plan = Kano.allocate(Kano.analyze(
                Kano.tally().acceptCodes("电话顺利接通不占线", 2, 4).acceptCodes("电话顺利接通不占线", 2, 4)
                        .acceptCodes("电话顺利接通不占线", 1, 5), KanoOptions.defaults()),
                AllocationOptions.defaults().withLanguage(Language.ZH_HANT));
        AllocationDecision d = plan.decisions().get(0);
        assertThat(d.sentence()).contains("「电话顺利接通不占线」");
    }

    /** The string literals of a Java source (escapes left as written). */
    private static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = source.indexOf('"', i)) >= 0) {
            if (i > 0 && source.charAt(i - 1) == '\'') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < source.length() && source.charAt(j) != '"') {
                j += source.charAt(j) == '\\' ? 2 : 1;
            }
            out.add(source.substring(i + 1, Math.min(j, source.length())));
            i = j + 1;
        }
        return out;
    }

    static String leftover(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(c -> SIMPLIFIED_ONLY.indexOf(c) >= 0).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
