package io.github.kano4j.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese from the library's own Simplified Chinese texts: the phrases whose Traditional form is a
 * different word, then character by character over the characters those texts use that have a different
 * Traditional form. It is a converter for kano4j's vocabulary (every Chinese text it writes), not for arbitrary
 * text: a test converts every Chinese text of the library and checks that no Simplified-only character is left.
 * User data (attribute names, zone names) is never passed through it.
 */
public final class Hant {
    private static final String[][] PHRASES = {{"标杆", "標竿"}, {"复测", "複測"}, {"赞扬", "讚揚"}, {"系数", "係數"}, {"“", "「"}, {"”", "」"}};
    private static final String SIMPLIFIED = "与个为优会体减决别区变后响图备复对将层属异应当总惊户扬报择据数无时暂杆来标"
            + "检横欢气没测满点状现统维线细结级纵计认许证评误请读调谓赞轴辞达过这进选问间阅随顾预题类确虑补带于规则单购买资弥余极够导组门"
            + "两临价侧兴参围圆头奋奖宽强态显权样独称稳约继绩续罚虚讯记设访识该负质踪较边连适项顺频颜验"
            + "发际触叠范阈惩腾划励并陈归运营关号编从开条红动机错";
    private static final String TRADITIONAL = "與個為優會體減決別區變後響圖備復對將層屬異應當總驚戶揚報擇據數無時暫桿來標"
            + "檢橫歡氣沒測滿點狀現統維線細結級縱計認許證評誤請讀調謂讚軸辭達過這進選問間閱隨顧預題類確慮補帶於規則單購買資彌餘極夠導組門"
            + "兩臨價側興參圍圓頭奮獎寬強態顯權樣獨稱穩約繼績續罰虛訊記設訪識該負質蹤較邊連適項順頻顏驗"
            + "發際觸疊範閾懲騰劃勵並陳歸運營關號編從開條紅動機錯";
    private static final Map<Character, Character> CHARACTERS = new HashMap<>();

    static {
        if (SIMPLIFIED.length() != TRADITIONAL.length()) {
            throw new ExceptionInInitializerError("the character lists differ in length");
        }
        for (int i = 0; i < SIMPLIFIED.length(); i++) {
            CHARACTERS.put(SIMPLIFIED.charAt(i), TRADITIONAL.charAt(i));
        }
    }

    private Hant() {
    }

    /** The Traditional Chinese form of one of the library's Simplified Chinese texts. */
    public static String of(String simplified) {
        String s = simplified;
        for (String[] p : PHRASES) {
            s = s.replace(p[0], p[1]);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(CHARACTERS.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /**
     * As {@link #of(String)}, but every occurrence of the {@code kept} texts (user data inserted into a sentence)
     * stays as it is.
     */
    public static String ofExcept(String simplified, String... kept) {
        for (String k : kept) {
            if (k != null && !k.isEmpty()) {
                int at = simplified.indexOf(k);
                if (at >= 0) {
                    return ofExcept(simplified.substring(0, at), kept) + k
                            + ofExcept(simplified.substring(at + k.length()), kept);
                }
            }
        }
        return of(simplified);
    }

    /** The Simplified characters this converter changes, for tests. */
    public static String simplifiedCharacters() {
        return SIMPLIFIED;
    }
}
