package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: names written in Latin script inside Chinese text, typed from their context and
 * shape: a given name followed by a capitalised word is a person (Firstname Lastname); a word right after a person
 * title (创始人, 教授, 导师) is a person; a word before 公司/大学/实验室/框架/库 or in 叫X的组织 takes that type;
 * a CamelCase word or a word with letters and digits (GluonX, NetY2) is software; a name shaped like a web domain
 * (Landing.AI) is a company. URLs and e-mail addresses are
 * skipped, and known common words ({@code latin-stopwords.txt}, {@code english-abbreviations.txt}) never become
 * names by shape or by the word after them, only where the text says it names one (叫ABC的组织).
 */
public final class LatinNameRecognizer implements Stage {
    public static final String SOURCE = "latin";
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\\+\\+|#)?");
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)[^\\s\\p{IsHan}，。]+|[\\w.+-]+@[\\w.-]+");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?");
    /** A family name after a given name: capitalised, or with a prefix of its own (DeLong, McCarthy, DiCaprio). */
    private static final Pattern FAMILY_NAME = Pattern.compile("[A-Z][a-z]+(?:-?[A-Z][a-z]+)?");
    private static final Pattern CAMEL = Pattern.compile("(?=.*[a-z])[A-Za-z0-9]*[a-zA-Z][A-Z][A-Za-z0-9]*");
    private static final Pattern LETTERS_DIGITS = Pattern.compile(
            "[A-Za-z]{3,}[0-9]+[A-Za-z0-9]*|[A-Z]{1,2}[0-9]{2,}[A-Za-z]{0,2}");
    /** A model or version joined by a hyphen: GPT-3, BERT-Large, Llama-2, YOLOv5-s. */
    private static final Pattern HYPHENATED = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*-(?:[0-9][A-Za-z0-9.]*|[A-Z][a-z]+|[A-Z]{1,3}[0-9]*)");
    /** A product line's head: CamelCase (GeForce), capitals (RTX), or a capitalised word (Kirin, Jetson). */
    private static final Pattern PRODUCT_HEAD = Pattern.compile("[A-Z][A-Za-z0-9]+|[a-z][A-Z][A-Za-z0-9]*");
    /** What follows a product line's head in a model name: RTX, 2080, Ti, V3, Nano, Pro. */
    private static final Pattern MODEL_PART = Pattern.compile(
            "[0-9]{1,4}[A-Za-z]{0,3}|[A-Z]{1,4}[0-9]{0,4}[A-Za-z]?|v[0-9]{1,2}|Ti|Pro|Max|Plus|Mini|Ultra|Nano|Lite|Air|Super|Turbo|Xavier|Orin");
    private static final Pattern YEAR = Pattern.compile("19[5-9][0-9]|20[0-4][0-9]");
    /** A lower-case English word (for, with, of): a capitalised word after it belongs to an English phrase. */
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
    /**
     * The last word of an organisation's English name, and what it makes the name: a legal form or a line of business
     * (Acme Inc, Sequoia Capital, Accel Partners), a lab, a university, an association. From general English usage.
     */
    private static final java.util.Map<String, EntityType> DESIGNATORS = designators();
    /** The first word of an organisation's English name written "X of Y": University of Toronto, Bank of America. */
    private static final Pattern DESIGNATOR_FIRST = Pattern.compile(
            "University|Institute|Ministry|Department|Bank|Academy|College|School|Museum|Federation|Association|Society");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*|[A-Z]&[A-Z]");
    private static final int LONGEST_ORGANIZATION = 5;

    private static java.util.Map<String, EntityType> designators() {
        java.util.Map<String, EntityType> m = new java.util.HashMap<>();
        put(m, EntityType.COMPANY, "Inc Inc. Corp Corp. Corporation Co. Ltd Ltd. LLC PLC GmbH AG SA Group Holdings Capital"
                + " Ventures Partners Technologies Technology Systems Networks Robotics Therapeutics Semiconductor"
                + " Semiconductors Electronics Motors Pharmaceuticals Biotech Bank Studios Games Entertainment Investments"
                + " Management Consulting Solutions Industries Airlines Communications Telecom");
        put(m, EntityType.RESEARCH_LAB, "Labs Lab Laboratory Laboratories Institute Research");
        put(m, EntityType.UNIVERSITY, "University College");
        put(m, EntityType.ORGANIZATION, "Foundation Association Society Council Committee Agency Commission Federation"
                + " Alliance Consortium");
        put(m, EntityType.MEDIA_OUTLET, "Media News Times Post Journal Magazine Press");
        return java.util.Map.copyOf(m);
    }

    private static void put(java.util.Map<String, EntityType> designators, EntityType type, String words) {
        for (String word : words.split(" ")) {
            designators.put(word, type);
        }
    }

    /** A company named like its web domain: Landing.AI, Deeplearning.ai, Booking.com. */
    private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]+\\.(?i:ai|io|com|net|org|co|app)");
    private static final Pattern PERSON_TITLE_BEFORE = Pattern.compile(
            "(创始人|联合创始人|创办人|CEO|CTO|总裁|董事长|主席|教授|导师|大师|博士|作者|研究员|科学家|工程师|先生|女士|老师|同学)\\s?$");
    private static final Pattern NAMED_BEFORE = Pattern.compile("(叫|名为|名叫|称为|叫做)\\s?$");
    /** The kinds of thing a word after a name says it is (see {@link #kindType}). */
    private static final String KINDS = "公司|集团|大学|学院|实验室|研究院|研究所|组织|社区|基金会|框架|库|项目|模型|平台|工具"
            + "|引擎|系统|语言|数据集|芯片|处理器|显卡|GPU|CPU|手机|服务器|超算|计算机|架构|内核|加速器|加速卡|计算卡|产品|设备"
            + "|机器人";
    private static final Pattern TYPE_AFTER = Pattern.compile("^\\s?(的)?(" + KINDS + ")");

    /**
     * A description of what the name is, after it: X是一款基于Y的深度学习框架, X，一家位于伦敦的初创公司, X是甲推出的
     * 多模态大模型 (the kind is the description's last word, one of {@link #KINDS}).
     */
    private static final Pattern DESCRIBED_AS = Pattern.compile(
            "^\\s?(?:(?:是|为|[，,])\\s?(?:一款|一个|一家|一种|一所|一座|一台|一套)|(?:是|为)[^，。；,;]{1,20}?的)"
                    + "[^，。；,;]{0,20}?(?<kind>" + KINDS + ")(?=[，。；,;、]|$)");
    private static final Pattern CAPITALISED_OR_CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]+");

    /**
     * A kind of thing written right before a capitalised name: 创业公司Zentrix, 开源框架Fluxor, 芯片制造商Norvale. Not
     * the words that end names themselves (大学, 实验室): 清华大学 Emeritus 教授.
     */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(公司|企业|集团|厂商|厂家|制造商|零售商|运营商|供应商|提供商|服务商|开发商|经销商|电商|创企|独角兽|机构|基金|网站"
                    + "|媒体|杂志|框架|库|工具|软件|平台|引擎|模型|算法|数据集|语言|芯片|处理器|显卡|加速器|服务器|超算|手机|机器人"
                    + "|音箱|助手|应用|操作系统|架构)\\s?[：:]?\\s?$");

    /** Chinese words after a Latin word that close a longer organisation's name with it (X石油勘探公司). */
    private static final Pattern LONGER_NAME_AFTER = Pattern.compile(
            "^\\p{IsHan}{1,8}?(公司|集团|银行|大学|学院|研究院|研究所|实验室|中心|协会|基金会)");
    /** A verb of founding an organisation right before a name (创办了X), or after it (X由甲创办). */
    private static final Pattern FOUNDED_BEFORE = Pattern.compile("(创办|创立)了?\\s?$");
    private static final Pattern FOUNDED_AFTER = Pattern.compile("^\\s?由[^，。；,;]{1,12}?(创办|创立)");
    /** A verb of developing after a name, with its maker: X由甲开发, Y由乙和丙联合研发 (a product). */
    private static final Pattern DEVELOPED_AFTER = Pattern.compile("^\\s?由[^，。；,;]{1,16}?(开发|研发|推出|发布|打造|训练|设计)");
    /** A verb of launching or developing right before a name (发布了X, 开源了X): a product, when nothing follows. */
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(发布|推出|开源|开发|研发|上线|主推)(了|过)?\\s?$");
    private static final Pattern STANDS_ALONE_AFTER = Pattern.compile("^\\s?([，。；、！？,;!?和与及]|$)");
    /** A verb of buying or investing right before a capitalised name: 收购了X, 投资X. */
    private static final Pattern ACQUIRED_BEFORE = Pattern.compile("(收购|并购|投资|入股|控股)了?\\s?$");
    /** A name bought by someone, said after it: X被甲公司收购. */
    private static final Pattern ACQUIRED_AFTER = Pattern.compile("^\\s?被[^，。；,;]{1,12}?(收购|并购)");

    private final Set<String> givenNames;
    private final Set<String> stopwords;

    public LatinNameRecognizer() {
        this(WordList.load("/lexicon/given-names.txt"), commonWords());
    }

    /** Latin words that are no names: the field's common words and English abbreviations (AI, GPU, API). */
    private static Set<String> commonWords() {
        Set<String> words = new java.util.HashSet<>(WordList.load("/lexicon/latin-stopwords.txt"));
        words.addAll(WordList.load("/lexicon/english-abbreviations.txt"));
        return Set.copyOf(words);
    }

    public LatinNameRecognizer(Set<String> givenNames, Set<String> stopwords) {
        this.givenNames = givenNames;
        this.stopwords = stopwords;
    }

    /** Reads the words too where a segmenter ran (a Chinese name before a model code); without them it does without. */
    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        boolean[] inLink = linkMask(text);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean glued = m.start() > 0 && Names.isLatinWordChar(text.charAt(m.start() - 1));
            if (!glued && !inLink[m.start()]) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            OrganizationName organization = organizationName(text, words, i);
            if (organization != null) {
                // Sequoia Capital, Accel Partners, University of Toronto: a designator word makes an organisation's name.
                found.add(mention(in, w[0], words.get(organization.last())[1], organization.type()));
                i = organization.last();
                continue;
            }
            // inside an English phrase (Learning for Coders v3) a capitalised word heads no model name
            boolean inPhrase = i > 0 && words.get(i - 1)[1] == w[0] - 1 && text.charAt(w[0] - 1) == ' '
                    && LOWER_WORD.matcher(text.substring(words.get(i - 1)[0], words.get(i - 1)[1])).matches();
            int modelEnd = i + 1 < words.size() && PRODUCT_HEAD.matcher(word).matches() && !stopwords.contains(word) && !inPhrase
                    ? modelNameEnd(text, words, i) : i;
            if (modelEnd > i) {
                // GeForce RTX 2080 Ti, Kirin 990, Jetson Nano: a product line and its model, one name.
                EntityType type = classify(text, text.substring(w[0], words.get(modelEnd)[1]), w[0], words.get(modelEnd)[1]);
                found.add(mention(in, w[0], words.get(modelEnd)[1], type != null ? type : EntityType.PRODUCT));
                i = modelEnd;
                continue;
            }
            if (i + 2 < words.size() && withInitial(text, word, w, words.get(i + 1), words.get(i + 2))) {
                // Mary K. Smith: a given name, a middle initial, a family name.
                found.add(mention(in, w[0], words.get(i + 2)[1], EntityType.PERSON));
                i += 2;
                continue;
            }
            if (i + 1 < words.size() && isPersonName(text, word, w, words.get(i + 1))) {
                int[] next = words.get(i + 1);
                int end = next[1];
                if (i + 2 < words.size() && text.substring(next[1], words.get(i + 2)[0]).equals(" ")
                        && CAPITALISED.matcher(text.substring(words.get(i + 2)[0], words.get(i + 2)[1])).matches()
                        && !Names.hasHan(text.substring(words.get(i + 2)[0], words.get(i + 2)[1]))) {
                    end = words.get(i + 2)[1];
                    i++;
                }
                found.add(mention(in, w[0], end, EntityType.PERSON));
                i++;
                continue;
            }
            if (i + 1 < words.size() && titledFullName(text, word, w, words.get(i + 1))) {
                // 工程师Cassie Kozyrkov: after a person's title, a capitalised word and a family name are one person
                // (and a third capitalised word: 研究员 Amir Roshan Zamir)
                int last = i + 2 < words.size() && text.substring(words.get(i + 1)[1], words.get(i + 2)[0]).equals(" ")
                        && CAPITALISED.matcher(text.substring(words.get(i + 2)[0], words.get(i + 2)[1])).matches()
                        && !stopwords.contains(text.substring(words.get(i + 2)[0], words.get(i + 2)[1])) ? i + 2 : i + 1;
                found.add(mention(in, w[0], words.get(last)[1], EntityType.PERSON));
                i = last;
                continue;
            }
            // A number alone is no name (it may be a model's part: 2080 in GeForce RTX 2080 Ti).
            EntityType type = Character.isDigit(word.charAt(0)) ? null : classify(text, word, w[0], w[1]);
            if (type != null) {
                found.add(mention(in, w[0], w[1], type));
            }
        }
        found.addAll(modelsOfChineseNames(in, words));
        return in.plusCandidates(familyNamesAsPersons(typedAlike(found)));
    }

    /**
     * A person's family name standing alone is that person, whatever its shape says (DeLong after Yann DeLong is no
     * software for its inner capital).
     */
    private static List<Mention> familyNamesAsPersons(List<Mention> found) {
        Set<String> families = new java.util.HashSet<>();
        for (Mention m : found) {
            String family = m.type() == EntityType.PERSON ? NamePropagation.familyName(m.text()) : null;
            if (family != null) {
                families.add(family);
            }
        }
        if (families.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(m.type() != EntityType.PERSON && families.contains(m.text())
                    ? new Mention(m.start(), m.end(), m.text(), EntityType.PERSON, m.key(), m.source()) : m);
        }
        return out;
    }

    /** Numbers with points or dashes (2.8, 0.8-0.5): figures, not a model's code. */
    private static final Pattern DECIMALS = Pattern.compile("[0-9]+(?:[.-][0-9]+)+");

    /** What a number after a quantity is: 2019年, 3倍, 100万元, 80% (not a model). */
    private static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^\\s?(年|月|日|号|%|％|万|亿|千|百|元|美元|个|人|名|家|倍|多|余|后|前|以|款|台|块|次|位|层|岁|分|秒|米|克|瓦|度|种|项|条|件|所|届|期|代"
                    + "|艘|架|辆|部|本|场|路|村|组|栋|户|口|头|片|份|批|轮|局|盘|胜|平|负|球|航班|地|点|只|张|天|周|小时"
                    + "|席|级|公里|千米|世纪|分钟|吨|公斤|千克|亩|港元|欧元|日元|英镑|∶|:|比)");

    /**
     * A Chinese name and a model code written together (麒麟970, 鲲鹏920, 昇腾910B): a product. The Chinese part is
     * the word (or the name) right before the code, not a kind noun (芯片, 模型); the code has a digit and no quantity
     * word after it.
     */
    private List<Mention> modelsOfChineseNames(Annotation in, List<int[]> words) {
        String text = in.normalized();
        // Where each Chinese name and each Chinese noun ends (one pass each; a long text has many).
        java.util.Map<Integer, Integer> nameStartByEnd = new java.util.HashMap<>();
        java.util.Set<Integer> organizationEnds = new java.util.HashSet<>();
        for (Mention m : in.candidates()) {
            if (m.type().core() != dev.tupu.model.CoreType.PERSON && Names.hasHan(m.text())) {
                nameStartByEnd.merge(m.end(), m.start(), Math::min);
                if (m.type().core() == dev.tupu.model.CoreType.ORGANIZATION) {
                    organizationEnds.add(m.end());
                }
            }
        }
        java.util.Map<Integer, Integer> nounStartByEnd = new java.util.HashMap<>();
        for (dev.tupu.model.Token t : in.tokens()) {
            if (t.end() - t.start() >= 2 && t.end() - t.start() <= 4 && Names.hasHan(t.word())
                    && (Names.isNounTag(t.tag()) || t.tag().equals("j"))) {
                nounStartByEnd.putIfAbsent(t.end(), t.start());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int[] w : words) {
            String code = text.substring(w[0], w[1]);
            if (!code.chars().anyMatch(Character::isDigit) || YEAR.matcher(code).matches() || w[0] == 0
                    || DECIMALS.matcher(code).matches()
                    || QUANTITY_AFTER.matcher(text.substring(w[1], Math.min(text.length(), w[1] + 3))).find()) {
                continue;
            }
            // A maker's name before a code that is a name itself (甲乙A100: its A100) is the maker's, not the
            // model's; a code of digits first is a model of the maker's line (甲乙970).
            if (organizationEnds.contains(w[0]) && Character.isLetter(code.charAt(0))) {
                continue;
            }
            Integer start = nameStartByEnd.getOrDefault(w[0], nounStartByEnd.get(w[0]));
            // A kind noun before a code names what the code is, not part of it: 显卡RTX4090, 大模型X-7B.
            if (start != null && !KIND_BEFORE.matcher(text.substring(start, w[0])).find()) {
                out.add(mention(in, start, w[1], EntityType.PRODUCT));
            }
        }
        return out;
    }

    /** An organisation's English name: the index of its last word, and the type its designator gives. */
    private record OrganizationName(int last, EntityType type) {
    }

    /** Small words inside an English name (Bank of America, Bank for International Settlements). */
    private static final Pattern LINKING = Pattern.compile("of|and|for");

    /**
     * An organisation's English name starting at word {@code i}: capitalised words joined by single spaces, the last a
     * designator (Sequoia Capital), or a designator first and "of" (University of Toronto); null when none.
     */
    private OrganizationName organizationName(String text, List<int[]> words, int i) {
        String first = text.substring(words.get(i)[0], words.get(i)[1]);
        if (!NAME_WORD.matcher(first).matches() || i + 1 >= words.size()) {
            return null;
        }
        int last = i;
        boolean of = false;
        for (int j = i + 1; j < words.size() && j - i < LONGEST_ORGANIZATION; j++) {
            String gap = text.substring(words.get(j - 1)[1], words.get(j)[0]);
            String word = text.substring(words.get(j)[0], words.get(j)[1]);
            boolean joined = gap.equals(" ") || gap.equals(" & ") || gap.equals("&");
            boolean linking = LINKING.matcher(word).matches();
            if (!joined || !(NAME_WORD.matcher(word).matches() || linking)) {
                break;
            }
            of |= word.equals("of");
            last = j;
            EntityType type = DESIGNATORS.get(stripDot(text, words.get(j)));
            if (type != null && !linking && !of && !continuedBeyond(text, words, j)) {
                if (!namesSomething(text, words, i, j)) {
                    return null; // Deep Learning Research: common words and a designator name nothing
                }
                // Acme Technologies Inc.: a legal form after the designator is part of the name
                while (j + 1 < words.size() && LEGAL_FORM.matcher(stripDot(text, words.get(j + 1))).matches()
                        && LEGAL_GAP.matcher(text.substring(words.get(j)[1], words.get(j + 1)[0])).matches()) {
                    j++;
                }
                return new OrganizationName(j, type);
            }
        }
        if (DESIGNATOR_FIRST.matcher(first).matches() && last >= i + 2
                && text.substring(words.get(i + 1)[0], words.get(i + 1)[1]).equals("of")
                && !LINKING.matcher(text.substring(words.get(last)[0], words.get(last)[1])).matches()) {
            return new OrganizationName(last, DESIGNATORS.getOrDefault(first, EntityType.ORGANIZATION));
        }
        return null;
    }

    private static final Pattern LEGAL_FORM = Pattern.compile("Inc\\.?|Corp\\.?|Co\\.|Ltd\\.?|LLC|PLC|GmbH|AG|SA");
    private static final Pattern LEGAL_GAP = Pattern.compile("\\.?,? ");

    /**
     * True when the name goes on after the designator at {@code j} (Pioneer Research Award, Sparse Lattice Networks
     * for Point Clouds): the designator does not end it; a legal form (Inc.) does not count.
     */
    private static boolean continuedBeyond(String text, List<int[]> words, int j) {
        if (j + 1 >= words.size() || !text.substring(words.get(j)[1], words.get(j + 1)[0]).equals(" ")) {
            return false;
        }
        String next = text.substring(words.get(j + 1)[0], words.get(j + 1)[1]);
        return !LEGAL_FORM.matcher(next).matches() && (NAME_WORD.matcher(next).matches() || LINKING.matcher(next).matches());
    }

    /** True when a word before the designator at {@code last} is no common word (Sequoia; not Deep Learning). */
    private boolean namesSomething(String text, List<int[]> words, int first, int last) {
        for (int k = first; k < last; k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            if (!isCommonWord(word) && !LINKING.matcher(word).matches() && !word.equals("The") && !word.equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** A word with the full stop after it when that ends an abbreviation (Inc., Corp.). */
    private static String stripDot(String text, int[] w) {
        String word = text.substring(w[0], w[1]);
        return w[1] < text.length() && text.charAt(w[1]) == '.' && DESIGNATORS.containsKey(word + ".") ? word + "." : word;
    }

    /** The index of the last word of a model name starting at word {@code i} (i itself: none). */
    private static int modelNameEnd(String text, List<int[]> words, int i) {
        int last = i;
        for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
            String gap = text.substring(words.get(j - 1)[1], words.get(j)[0]);
            String part = text.substring(words.get(j)[0], words.get(j)[1]);
            if (!gap.equals(" ") || !MODEL_PART.matcher(part).matches() || YEAR.matcher(part).matches()) {
                break;
            }
            last = j;
        }
        // A head and one capitalised word alone (Google AI, Intel XE) is no model name unless the part has a digit.
        boolean digit = false;
        for (int j = i + 1; j <= last; j++) {
            String part = text.substring(words.get(j)[0], words.get(j)[1]);
            digit |= part.chars().anyMatch(Character::isDigit) || part.length() > 2 && Character.isLowerCase(part.charAt(1));
        }
        return digit ? last : i;
    }

    private boolean withInitial(String text, String word, int[] w, int[] initial, int[] last) {
        return (givenNames.contains(word) || afterPersonTitle(text, word, w)) && text.substring(w[1], initial[0]).equals(" ")
                && initial[1] - initial[0] == 1 && Character.isUpperCase(text.charAt(initial[0]))
                && text.substring(initial[1], last[0]).equals(". ")
                && FAMILY_NAME.matcher(text.substring(last[0], last[1])).matches();
    }

    /**
     * A capitalised word and a family name after a person's title (教授Judea Pearl), whatever the given name; not
     * a work's title a kind word follows (作者Deep Learning一书).
     */
    private boolean titledFullName(String text, String word, int[] w, int[] next) {
        String after = text.substring(next[1], Math.min(text.length(), next[1] + 5));
        return afterPersonTitle(text, word, w) && text.substring(w[1], next[0]).equals(" ")
                && FAMILY_NAME.matcher(text.substring(next[0], next[1])).matches()
                && !stopwords.contains(text.substring(next[0], next[1]))
                && !TYPE_AFTER.matcher(after).find() && !WORK_AFTER.matcher(after).find();
    }

    private static final Pattern WORK_AFTER = Pattern.compile("^\\s?(一书|这本书|一文|论文)");

    /** A capitalised word, no common one, right after a person's title (主席 Cherri, 工程师Cassie). */
    private boolean afterPersonTitle(String text, String word, int[] w) {
        return CAPITALISED.matcher(word).matches() && !stopwords.contains(word)
                && PERSON_TITLE_BEFORE.matcher(text.substring(Math.max(0, w[0] - 6), w[0])).find();
    }

    private boolean isPersonName(String text, String word, int[] w, int[] next) {
        String nextWord = text.substring(next[0], next[1]);
        return givenNames.contains(word)
                && text.substring(w[1], next[0]).equals(" ")
                && FAMILY_NAME.matcher(nextWord).matches()
                && !givenNames.contains(nextWord + "s");
    }

    /**
     * A listed common word or abbreviation, in any case (ai, gpu are AI, GPU), or a short word in lower case alone
     * (soc, paas): names are written with a capital, and a lower-case name (fastai) comes from a lexicon.
     */
    public boolean isCommonWord(String word) {
        return stopwords.contains(word) || stopwords.contains(word.toUpperCase(java.util.Locale.ROOT))
                || word.length() <= 4 && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private EntityType classify(String text, String word, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start);
        String after = text.substring(end, Math.min(text.length(), end + 5));
        if (isCommonWord(word) && !NAMED_BEFORE.matcher(before).find()) {
            // AI芯片, SoC芯片: a common word typed by the word after it is still no name; 叫ABC的组织 names one
            return null;
        }
        if (PERSON_TITLE_BEFORE.matcher(before).find() && CAPITALISED.matcher(word).matches()) {
            return EntityType.PERSON;
        }
        Matcher typed = TYPE_AFTER.matcher(after);
        if (typed.find()) {
            return kindType(typed.group(2));
        }
        // Only a name of one word: the last word of a longer one (Vega Frontier Edition是一个…) is not the name.
        boolean lastOfSeveral = start >= 2 && text.charAt(start - 1) == ' ' && Names.isLatinWordChar(text.charAt(start - 2));
        if (describedNext(text, end) && CAPITALISED_OR_CAMEL.matcher(word).matches() && !stopwords.contains(word)
                && !lastOfSeveral) {
            Matcher described = DESCRIBED_AS.matcher(text.substring(end, Math.min(text.length(), end + 30)));
            if (described.find()) {
                return kindType(described.group("kind"));
            }
        }
        if (NAMED_BEFORE.matcher(before).find()) {
            return EntityType.PROJECT;
        }
        Matcher kind = KIND_BEFORE.matcher(before);
        if (!stopwords.contains(word) && Character.isUpperCase(word.charAt(0)) && kind.find()) {
            return switch (kind.group(1)) {
                case "公司", "企业", "集团", "厂商", "厂家", "制造商", "零售商", "运营商", "供应商", "提供商", "服务商", "开发商",
                     "经销商", "电商", "创企", "独角兽" -> EntityType.COMPANY;
                case "网站", "媒体", "杂志" -> EntityType.MEDIA_OUTLET;
                case "机构", "基金" -> EntityType.ORGANIZATION;
                case "模型", "算法" -> EntityType.MODEL;
                case "数据集" -> EntityType.DATASET;
                case "语言" -> EntityType.PROGRAMMING_LANGUAGE;
                case "芯片", "处理器", "显卡", "加速器", "服务器", "超算", "手机", "机器人", "音箱", "架构" -> EntityType.PRODUCT;
                default -> EntityType.SOFTWARE;
            };
        }
        if (stopwords.contains(word)) {
            return null;
        }
        if (Character.isUpperCase(word.charAt(0)) && (ACQUIRED_BEFORE.matcher(before).find()
                || ACQUIRED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find())) {
            return EntityType.COMPANY; // what is bought or invested in is a company: 收购了X, X被甲公司收购
        }
        String further = text.substring(end, Math.min(text.length(), end + 12));
        // A verb before a name tells of the whole name: the first word of a longer one (创立了Embodied Intelligence)
        // is not the name.
        boolean alone = !word.contains(" ") && STANDS_ALONE_AFTER.matcher(further).find();
        boolean partOfLonger = LONGER_NAME_AFTER.matcher(further).find(); // 任职于X石油勘探公司: X is its start
        if (Character.isUpperCase(word.charAt(0)) && !partOfLonger && (OrganizationSlots.organizationsOnly(before, further)
                || OrganizationSlots.organizationsOnly(before, afterBranch(further))
                || (alone && FOUNDED_BEFORE.matcher(before).find()) || FOUNDED_AFTER.matcher(further).find())) {
            return EntityType.COMPANY; // where only an organisation goes: X的CEO, 加盟X, X成立于, 创办了X
        }
        if (Character.isUpperCase(word.charAt(0))
                && DEVELOPED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).find()) {
            return EntityType.SOFTWARE; // what someone develops is a product: X由甲开发
        }
        if (Character.isUpperCase(word.charAt(0)) && alone && LAUNCHED_BEFORE.matcher(before).find()) {
            return EntityType.SOFTWARE; // what is launched or developed is a product: 发布了X。
        }
        return byShape(word);
    }

    /** A country or region after an organisation's name, naming its branch there: X中国, X美国, X亚太. */
    private static final Pattern BRANCH = Pattern.compile("^(中国区|中国|美国|日本|韩国|欧洲|亚太区|亚太|大中华区|北美|印度|英国|德国|法国|新加坡)");

    /** The text after a branch's country (X中国担任 → 担任): an organisation's slot after its branch is its. */
    private static String afterBranch(String further) {
        Matcher m = BRANCH.matcher(further);
        return m.find() ? further.substring(m.end()) : further;
    }

    /** True when a description may follow at {@code at}: 是, 为 or a comma (checked before the costly expression). */
    private static boolean describedNext(String text, int at) {
        int i = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        return i < text.length() && "是为，,".indexOf(text.charAt(i)) >= 0;
    }

    /** The type a kind word says (one of {@link #KINDS}): 公司 a company, 框架 software, 芯片 a product. */
    private static EntityType kindType(String kind) {
        return switch (kind) {
            case "公司", "集团" -> EntityType.COMPANY;
            case "大学", "学院" -> EntityType.UNIVERSITY;
            case "实验室", "研究院", "研究所" -> EntityType.RESEARCH_LAB;
            case "组织" -> EntityType.ORGANIZATION;
            case "社区", "基金会" -> EntityType.COMMUNITY;
            case "模型" -> EntityType.MODEL;
            case "语言" -> EntityType.PROGRAMMING_LANGUAGE;
            case "数据集" -> EntityType.DATASET;
            case "芯片", "处理器", "显卡", "GPU", "CPU", "手机", "服务器", "超算", "计算机", "架构", "内核", "加速器",
                 "产品", "设备", "机器人", "加速卡", "计算卡" -> EntityType.PRODUCT;
            default -> EntityType.SOFTWARE;
        };
    }

    /** The type a word's shape alone gives: a web domain a company, CamelCase or letters and digits software. */
    static EntityType byShape(String word) {
        if (DOMAIN_NAME.matcher(word).matches()) {
            return EntityType.COMPANY;
        }
        if (CAMEL.matcher(word).matches() || LETTERS_DIGITS.matcher(word).matches()
                || HYPHENATED.matcher(word).matches()) {
            return EntityType.SOFTWARE;
        }
        return null;
    }

    /**
     * One name, one kind in a text: a name typed by its shape alone (CamelCase: software) takes the type its context
     * gives it elsewhere in the text when that is another kind of thing (X的CEO: a company), the first such if several.
     */
    private static List<Mention> typedAlike(List<Mention> found) {
        java.util.Map<String, EntityType> byContext = new java.util.HashMap<>();
        for (Mention m : found) {
            EntityType shape = byShape(m.text());
            if (shape != null && m.type().core() != shape.core()) {
                byContext.putIfAbsent(m.text(), m.type());
            }
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            EntityType type = m.type() == byShape(m.text()) ? byContext.getOrDefault(m.text(), m.type()) : m.type();
            out.add(type == m.type() ? m : new Mention(m.start(), m.end(), m.text(), type, m.key(), m.source()));
        }
        return out;
    }

    private static boolean[] linkMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                mask[i] = true;
            }
        }
        return mask;
    }

    private static Mention mention(Annotation in, int start, int end, EntityType type) {
        return new Mention(start, end, in.original().substring(start, end), type, null, SOURCE);
    }
}
