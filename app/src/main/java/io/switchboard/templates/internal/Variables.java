package io.switchboard.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code {{…}}} placeholders of a template text, in order of appearance. */
public final class Variables {
    static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]*)}}");
    static final Pattern NAMED = Pattern.compile("[a-z_][a-z0-9_]*");
    // Meta refuses two variables with only blanks between them (2388299 family): nothing to read between.
    static final Pattern ADJACENT = Pattern.compile("}}\\s*\\{\\{");

    private Variables() {}

    /** The names inside the braces ({@code 1}, {@code first_name}), repeats included. */
    public static List<String> in(String text) {
        var found = new ArrayList<String>();
        var matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The words left when every variable is taken out. */
    static int words(String text) {
        var rest = VARIABLE.matcher(text).replaceAll(" ").strip();
        return rest.isEmpty() ? 0 : rest.split("\\s+").length;
    }
}
