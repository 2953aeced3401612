package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import java.util.regex.Pattern;

/** A person named on the command line, as "Name" or "Name &lt;e-mail&gt;": who prepared or reviewed a pack. */
final class Person {

    /** Longest name accepted; a cover line, not a paragraph. */
    static final int LIMIT = 200;

    private static final Pattern FORM = Pattern.compile("[^<>@\\p{Cntrl}]+( <[^<>@\\s]+@[^<>@\\s]+>)?");

    private Person() {}

    /**
     * The name, stripped, after checking it is one line in the form "Name" or "Name &lt;e-mail&gt;".
     *
     * @throws InputException naming {@code flag} when it is not
     */
    static String check(String flag, String text) {
        String who = text.strip();
        if (who.isEmpty() || who.length() > LIMIT || !FORM.matcher(who).matches()) {
            throw new InputException(
                    flag,
                    "must be a name, optionally followed by an e-mail address in angle brackets, on one line and "
                            + "at most " + LIMIT + " characters, e.g. \"Jane Doe <jane@example.com>\"; not '"
                            + who.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return who;
    }
}
