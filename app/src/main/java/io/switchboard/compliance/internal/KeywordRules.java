package io.switchboard.compliance.internal;

import io.switchboard.compliance.ComplianceException;
import io.switchboard.compliance.ConsentState;
import io.switchboard.compliance.KeywordMatch;
import io.switchboard.compliance.KeywordSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a message is a keyword. The whole message must be the keyword: "stop please" or "stopwatch" are
 * conversation, not an opt-out, and opting someone out on a substring would silence customers who never
 * asked for it. Case, accents, surrounding spaces and a closing full stop or exclamation mark are ignored.
 */
public final class KeywordRules {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}([_-][a-zA-Z0-9]{2,4})?");
    private static final int MAX_KEYWORD = 40;
    private static final int MAX_REPLY = 1000;
    // "Stop!" and "¡Baja!" are keywords; "Stop?" may be a question and is left to a person.
    private static final Pattern EXCLAIMED = Pattern.compile("^¡|[.!]+$");

    private KeywordRules() {}

    /** The form keywords are compared in: no accents, lower case, single spaces, trimmed. */
    static String normalize(String text) {
        var plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        var single = SPACES.matcher(plain.strip()).replaceAll(" ");
        return EXCLAIMED.matcher(single).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }

    /** The first set, in order, whose opt-out or opt-in keywords contain the message; opt-out wins a tie. */
    public static Optional<KeywordMatch> match(List<KeywordSet> sets, String message) {
        var text = normalize(message);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (var set : sets) {
            if (set.optOut().stream().anyMatch(k -> normalize(k).equals(text))) {
                return Optional.of(new KeywordMatch(ConsentState.WITHDRAWN, set));
            }
        }
        for (var set : sets) {
            if (set.optIn().stream().anyMatch(k -> normalize(k).equals(text))) {
                return Optional.of(new KeywordMatch(ConsentState.GRANTED, set));
            }
        }
        return Optional.empty();
    }

    /** The sets without blank or repeated keywords; throws on a malformed language or a contradiction. */
    public static List<KeywordSet> validate(List<KeywordSet> sets) {
        var clean = new ArrayList<KeywordSet>();
        var languages = new LinkedHashSet<String>();
        var optOuts = new HashSet<String>();
        for (var i = 0; i < sets.size(); i++) {
            var set = sets.get(i);
            var field = "sets[" + i + "]";
            var language = set.language().strip();
            if (!LANGUAGE.matcher(language).matches()) {
                throw ComplianceException.invalid(
                        "keyword-language-invalid", field + ".language", "Use a language code such as en or pt_BR.");
            }
            if (!languages.add(language.toLowerCase(Locale.ROOT))) {
                throw ComplianceException.invalid(
                        "keyword-language-repeated", field + ".language", language + " is listed twice.");
            }
            var optOut = words(set.optOut(), field + ".optOut");
            var optIn = words(set.optIn(), field + ".optIn");
            for (var word : optOut) {
                optOuts.add(normalize(word));
            }
            check(set.optOutReply(), field + ".optOutReply");
            check(set.optInReply(), field + ".optInReply");
            clean.add(new KeywordSet(
                    language,
                    optOut,
                    optIn,
                    set.optOutReply().strip(),
                    set.optInReply().strip()));
        }
        // After all opt-outs are known: an opt-in may contradict an opt-out of a later language too.
        for (var i = 0; i < clean.size(); i++) {
            for (var word : clean.get(i).optIn()) {
                if (optOuts.contains(normalize(word))) {
                    throw ComplianceException.invalid(
                            "keyword-contradiction",
                            "sets[" + i + "].optIn",
                            word + " cannot both opt out and opt in.");
                }
            }
        }
        return clean;
    }

    private static List<String> words(List<String> words, String field) {
        var seen = new LinkedHashSet<String>();
        var out = new ArrayList<String>();
        for (var word : words) {
            var keyword = word.strip();
            if (keyword.isEmpty()) {
                continue;
            }
            if (keyword.length() > MAX_KEYWORD || keyword.contains("\n")) {
                throw ComplianceException.invalid(
                        "keyword-too-long", field, "A keyword has at most " + MAX_KEYWORD + " characters on one line.");
            }
            if (seen.add(normalize(keyword))) {
                out.add(keyword);
            }
        }
        return out;
    }

    private static void check(String reply, String field) {
        if (reply.length() > MAX_REPLY) {
            throw ComplianceException.invalid(
                    "keyword-reply-too-long", field, "A confirmation has at most " + MAX_REPLY + " characters.");
        }
    }
}
