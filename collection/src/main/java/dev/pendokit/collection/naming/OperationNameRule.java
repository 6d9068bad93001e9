package dev.pendokit.collection.naming;

import dev.pendokit.collection.model.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a request's method as a Java engineer names an API method: a verb, then what it acts on,
 * without the words that only make the title a sentence. In order:
 *
 * <ol>
 *   <li><b>The verb</b> is the title's first word when it is one ({@code Return}, {@code Get},
 *       {@code Retrieve} all read as {@code get}; {@code Delete}, {@code Reset}, {@code Export} as
 *       themselves), else the first verb anywhere in the title ({@code Bulk XLIFF Export}), else
 *       the method's: {@code get} (or {@code list}), {@code run} for a query sent as POST,
 *       {@code send} for another POST, {@code update} for PUT and PATCH, {@code delete}.
 *       Alternatives after it are dropped ({@code Add/remove}, {@code Create or Undelete}).</li>
 *   <li>{@code get} becomes {@code list} when the answer is a list and the title says so
 *       ({@code list}, {@code all}) without naming specific things.</li>
 *   <li><b>What it acts on</b> is the words up to the first preposition ({@code of}, {@code for},
 *       {@code by}, {@code as}, ...), without articles and filler ({@code a}, {@code the},
 *       {@code specific}, {@code all}, ...), and without the folder's own noun, which the group's
 *       accessor already says: {@code pages().get(id)}, not {@code pages().getPage(id)}.</li>
 *   <li>At most four words. Longer names, taking in the next phrase and then the whole title, are
 *       offered after it, for the resolver to use where the short one is taken.</li>
 *   <li>Requests that make the very same call and differ only in their bodies are examples of
 *       one call: their titles name examples, so the name comes from the method and the path.</li>
 * </ol>
 */
final class OperationNameRule {

    static final int MAX_WORDS = 4;

    /** Verb words and the verb each reads as. */
    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("get", "get"), Map.entry("return", "get"), Map.entry("retrieve", "get"),
            Map.entry("fetch", "get"), Map.entry("read", "get"), Map.entry("show", "get"), Map.entry("view", "get"),
            Map.entry("list", "list"), Map.entry("find", "find"), Map.entry("search", "search"),
            Map.entry("create", "create"), Map.entry("add", "add"), Map.entry("insert", "insert"),
            Map.entry("update", "update"), Map.entry("edit", "update"), Map.entry("modify", "update"),
            Map.entry("change", "update"), Map.entry("replace", "replace"), Map.entry("patch", "update"),
            Map.entry("delete", "delete"), Map.entry("remove", "remove"), Map.entry("set", "set"),
            Map.entry("reset", "reset"), Map.entry("export", "export"), Map.entry("import", "import"),
            Map.entry("send", "send"), Map.entry("start", "start"), Map.entry("stop", "stop"),
            Map.entry("check", "check"), Map.entry("verify", "verify"), Map.entry("validate", "validate"),
            Map.entry("rotate", "rotate"), Map.entry("upload", "upload"), Map.entry("download", "download"),
            Map.entry("cancel", "cancel"), Map.entry("run", "run"), Map.entry("opt", "opt"),
            Map.entry("enable", "enable"), Map.entry("disable", "disable"), Map.entry("archive", "archive"),
            Map.entry("restore", "restore"), Map.entry("undelete", "undelete"), Map.entry("copy", "copy"),
            Map.entry("move", "move"), Map.entry("merge", "merge"), Map.entry("publish", "publish"),
            Map.entry("approve", "approve"), Map.entry("reject", "reject"), Map.entry("invite", "invite"),
            Map.entry("login", "login"), Map.entry("logout", "logout"), Map.entry("register", "register"),
            Map.entry("transform", "transform"), Map.entry("generate", "generate"), Map.entry("close", "close"),
            Map.entry("open", "open"), Map.entry("lock", "lock"), Map.entry("unlock", "unlock"),
            Map.entry("assign", "assign"), Map.entry("unassign", "unassign"), Map.entry("calculate", "calculate"));
    /** Words that make a title a sentence and say nothing a method name needs. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "specific", "all", "existing", "new",
            "individual", "one", "some", "given", "this", "that", "its", "their", "your", "my", "our", "any", "each",
            "every", "single", "certain", "particular", "api", "request", "endpoint");
    /** A title that starts with alternatives: {@code Add/remove ...}, {@code Create or Undelete ...}. */
    /** A hex id or UUID written into a path ({@code 5f3a9c2b7e}): with a digit, so no English word matches. */
    private static final Pattern ID_LIKE = Pattern.compile("(?i)(?=.*\\d)[0-9a-f-]{8,}");
    private static final Pattern ALTERNATIVE = Pattern.compile("^\\W*[\\p{L}-]+\\s*(/|\\s+or\\s+)");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "from", "to", "in", "on", "with", "by",
            "as", "at", "into", "per", "via", "within", "between", "without", "across", "over", "under", "about",
            "after", "before", "since", "until", "using");

    private OperationNameRule() {}

    /** Names for the request, preferred first; each a valid identifier, never empty. */
    static List<String> names(OperationFacts facts) {
        Set<String> names = new LinkedHashSet<>();
        if (facts.exampleOfOneCall()) {
            names.add(camel(callWords(facts, MAX_WORDS)));
            names.add(camel(callWords(facts, Integer.MAX_VALUE)));
        } else {
            Title title = Title.of(facts);
            names.add(camel(title.words(false, MAX_WORDS)));
            names.add(camel(title.words(true, MAX_WORDS + 2)));
        }
        names.add(JavaIdentifiers.camel(facts.title(), "operation"));
        return List.copyOf(names);
    }

    /** The words of a request read as a title: its verb, what it acts on, and the phrases after. */
    private record Title(String verb, List<String> head, List<String> rest) {

        static Title of(OperationFacts facts) {
            List<String> words = lower(JavaIdentifiers.words(facts.title().replaceAll("\\([^)]*\\)", " ")));
            int at = verbIndex(words);
            String verb;
            List<String> after;
            if (at < 0) {
                verb = methodVerb(facts);
                after = new ArrayList<>(words);
            } else {
                verb = VERBS.get(words.get(at));
                after = new ArrayList<>(words.subList(at + 1, words.size()));
                after.addAll(0, words.subList(0, at));
                if (verb.equals("opt") && !after.isEmpty() && (after.get(0).equals("out") || after.get(0).equals("in"))) {
                    verb = "opt" + capitalize(after.remove(0));
                }
            }
            if (at >= 0 && ALTERNATIVE.matcher(facts.title()).find()) {
                dropAlternatives(after);
            }
            if (verb.equals("get") && facts.answersList() && !after.contains("specific")
                    && (after.contains("list") || after.contains("all"))) {
                verb = "list";
            }
            if (verb.equals("get") || verb.equals("list")) {
                after.removeIf(w -> w.equals("list"));
            }
            Set<String> own = groupNouns(facts.group());
            List<String> head = new ArrayList<>();
            int i = 0;
            while (i < after.size() && (FILLER.contains(after.get(i)) || PREPOSITIONS.contains(after.get(i)))) {
                i++;
            }
            for (; i < after.size() && !PREPOSITIONS.contains(after.get(i)); i++) {
                String word = after.get(i);
                if (!FILLER.contains(word) && !own.contains(singular(word))) {
                    head.add(word);
                }
            }
            // "an Agent or Custom Field": the alternatives qualify the noun after them, which is the name.
            int or = head.lastIndexOf("or");
            if (or >= 0 && head.size() - or > 2) {
                head = new ArrayList<>(head.subList(or + 2, head.size()));
            }
            List<String> rest = new ArrayList<>();
            for (; i < after.size(); i++) {
                if (!FILLER.contains(after.get(i))) {
                    rest.add(after.get(i));
                }
            }
            return new Title(verb, head, rest);
        }

        /** The verb and what it acts on (its last words, the noun, where too many); with the next phrases if asked. */
        List<String> words(boolean more, int limit) {
            List<String> words = new ArrayList<>(head);
            if (more) {
                words.addAll(rest);
            }
            while (words.size() > limit - 1) {
                words.remove(more ? words.size() - 1 : 0);
            }
            words.add(0, verb);
            return words;
        }
    }

    /**
     * A call's own words: its method's verb and the last literal segment of its path that is a word
     * (not an id written into the path, such as {@code /users/12927765}), less the folder's noun.
     */
    private static List<String> callWords(OperationFacts facts, int limit) {
        List<String> words = new ArrayList<>();
        words.add(methodVerb(facts));
        Set<String> own = groupNouns(facts.group());
        List<PathTemplate.Segment> segments = facts.path().segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).variable() && segments.get(i).text().chars().anyMatch(Character::isLetter)
                    && !ID_LIKE.matcher(segments.get(i).text()).matches()) {
                for (String word : lower(JavaIdentifiers.words(segments.get(i).text()))) {
                    if (!own.contains(singular(word)) && !FILLER.contains(word) && words.size() < limit) {
                        words.add(word);
                    }
                }
                break;
            }
        }
        return words;
    }

    private static int verbIndex(List<String> words) {
        if (!words.isEmpty() && VERBS.containsKey(words.get(0))) {
            return 0;
        }
        for (int i = 1; i < words.size(); i++) {
            // "Set" in "a Set of fields" is a noun: only a verb that no article precedes counts.
            if (VERBS.containsKey(words.get(i)) && !FILLER.contains(words.get(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code Add/remove}, {@code Create or Undelete}, {@code Opt-Out or Do Not Process}: the first alternative only. */
    private static void dropAlternatives(List<String> after) {
        if (!after.isEmpty() && VERBS.containsKey(after.get(0)) && !after.get(0).equals("list")) {
            after.remove(0);
        } else if (!after.isEmpty() && after.get(0).equals("or")) {
            after.remove(0);
            while (!after.isEmpty() && !FILLER.contains(after.get(0)) && !PREPOSITIONS.contains(after.get(0))) {
                after.remove(0);
            }
        }
    }

    private static String methodVerb(OperationFacts facts) {
        return switch (facts.method().toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> facts.answersList() ? "list" : "get";
            case "POST" -> facts.readOnly() ? "run" : "send";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> facts.method().toLowerCase(Locale.ROOT);
        };
    }

    /** The folder's nouns, singular: {@code Bulk Deletion (GDPR/CCPA)} → bulk, deletion. */
    private static Set<String> groupNouns(String group) {
        Set<String> nouns = new LinkedHashSet<>();
        for (String word : lower(JavaIdentifiers.words(group.replaceAll("\\([^)]*\\)", " ")))) {
            nouns.add(singular(word));
        }
        return nouns;
    }

    static String singular(String word) {
        if (word.length() > 3 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static String camel(List<String> words) {
        return JavaIdentifiers.camel(String.join(" ", words), "operation");
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
