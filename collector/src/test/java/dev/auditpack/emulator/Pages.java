package dev.auditpack.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Cuts a list into pages with opaque next-page tokens, as AWS list operations do. */
final class Pages {

    /** One page, and the token of the next if there is one. */
    record Page<T>(List<T> items, Optional<String> nextToken) {}

    /** Thrown for a token this class did not issue. */
    static final class InvalidToken extends Exception {
        InvalidToken(String token) {
            super("Invalid NextToken: " + token);
        }
    }

    private Pages() {}

    static <T> Page<T> page(List<T> all, String token, int size) throws InvalidToken {
        int start = token == null || token.isEmpty() ? 0 : offset(token);
        if (start > all.size()) {
            throw new InvalidToken(token);
        }
        int end = Math.min(all.size(), start + Math.max(1, size));
        Optional<String> next = end < all.size()
                ? Optional.of(Base64.getEncoder().encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8)))
                : Optional.empty();
        return new Page<>(all.subList(start, end), next);
    }

    private static int offset(String token) throws InvalidToken {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("offset:")) {
                throw new InvalidToken(token);
            }
            return Integer.parseInt(text.substring("offset:".length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidToken(token);
        }
    }
}
