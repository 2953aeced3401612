package dev.auditpack.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The scanner against a corpus: every secret shape in the formats it is written in, each also HTML-, JSON-, CSS-
 * and base64-encoded, must be found; look-alikes (hashes, ARNs, ids, the pack's own hashes, access key ids and
 * prose) must not. The sizes and the false-positive count are printed for the record.
 */
class SecretCorpusTest {

    private static final String KEY = FakeSecrets.SECRET_KEY;
    private static final String EXAMPLE_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String PASSWORD = "S3cretPassw0rd!";
    private static final String GITHUB = "ghp_" + "R7uX2mQ9vK4pL8sT1wZ6yB3nC5dF0gH2jA9e";
    private static final String GITHUB_PAT =
            "github_pat_" + "11ABCDEFG0" + "aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7sU9wY1aC3eG5iK7mO9qS1uW3yA5cE7g";
    private static final String SLACK = "xoxb-" + "2048123456-4096123456789-" + "q8Wn3Zr5Tx7Vb9Mk2Lp4Js6H";
    private static final String SLACK_HOOK =
            "https://hooks.slack.com/services/" + "T04B7QX2M/B05C8RY3N/" + "k7Hq2Vn9Wx4Zr6Tb8Mp3Ls5J";
    private static final String STRIPE = "sk_live_" + "51Hx7Q2eZvKYlo2C8n4Rt6Wp9Bm3";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    /** Secrets as they are written in config files, documents and data. */
    static Map<String, SecretKind> secrets() {
        Map<String, SecretKind> s = new java.util.LinkedHashMap<>();
        s.put(
                "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = " + KEY + "\n",
                SecretKind.AWS_SECRET_ACCESS_KEY);
        s.put("AWS_SECRET_ACCESS_KEY=" + EXAMPLE_KEY, SecretKind.AWS_SECRET_ACCESS_KEY);
        s.put(
                "{\"AccessKeyId\": \"ASIAXXXX\", \"SecretAccessKey\": \"" + KEY + "\"}",
                SecretKind.AWS_SECRET_ACCESS_KEY);
        s.put("aws_session_token = " + FakeSecrets.SESSION_TOKEN, SecretKind.AWS_SESSION_TOKEN);
        s.put(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi3xEXAMPLExAMPLEx1\n-----END RSA PRIVATE KEY-----",
                SecretKind.PRIVATE_KEY);
        s.put(
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n",
                SecretKind.PRIVATE_KEY);
        // Passwords in the common configuration formats.
        s.put("[database]\nhost = db\npassword = " + PASSWORD + "\n", SecretKind.PASSWORD);
        s.put("database:\n  host: db\n  password: \"" + PASSWORD + "\"\n", SecretKind.PASSWORD);
        s.put("{\"db\": {\"password\": \"" + PASSWORD + "\"}}", SecretKind.PASSWORD);
        s.put("<config><db><password>" + PASSWORD + "</password></db></config>", SecretKind.PASSWORD);
        s.put("<add key=\"DbPassword\" value=\"" + PASSWORD + "\" />", SecretKind.PASSWORD);
        s.put("spring.datasource.password=" + PASSWORD + "\n", SecretKind.PASSWORD);
        s.put("export DB_PASSWORD=" + PASSWORD + "\n", SecretKind.PASSWORD);
        s.put("postgres://app:" + PASSWORD.replace("!", "x") + "@db.internal:5432/app", SecretKind.PASSWORD);
        s.put("mysql://root:" + PASSWORD.replace("!", "x") + "@10.0.0.5/prod", SecretKind.PASSWORD);
        s.put("jdbc:postgresql://db:5432/app?user=app&password=" + PASSWORD, SecretKind.PASSWORD);
        s.put("Server=tcp:db;Database=app;User Id=sa;Password=" + PASSWORD + ";", SecretKind.PASSWORD);
        s.put("machine api.example.com\n  login deploy\n  password " + PASSWORD + "\n", SecretKind.PASSWORD);
        s.put("machine git.example.com login ci password " + PASSWORD, SecretKind.PASSWORD);
        // Name and value pairs: AWS tags, ECS environments, CloudFormation parameters.
        s.put("{\"Tags\": [{\"Key\": \"db_password\", \"Value\": \"" + PASSWORD + "\"}]}", SecretKind.PASSWORD);
        s.put(
                "{\"Tags\": [{\"Key\": \"AWS_SECRET_ACCESS_KEY\", \"ResourceId\": \"i-0abc\", \"Value\": \""
                        + EXAMPLE_KEY + "\"}]}",
                SecretKind.AWS_SECRET_ACCESS_KEY);
        s.put("{\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"" + PASSWORD + "\"}]}", SecretKind.PASSWORD);
        s.put("{\"Value\": \"" + PASSWORD + "\", \"Key\": \"MasterPassword\"}", SecretKind.PASSWORD);
        s.put(
                "{\"Parameters\": [{\"ParameterKey\": \"DbPassword\", \"ParameterValue\": \"" + PASSWORD + "\"}]}",
                SecretKind.PASSWORD);
        s.put(
                "<tagSet><item><key>db_password</key><value>" + PASSWORD + "</value></item></tagSet>",
                SecretKind.PASSWORD);
        s.put("Tags:\n  - Key: db_password\n    Value: " + PASSWORD + "\n", SecretKind.PASSWORD);
        s.put("{\"Environment\": {\"Variables\": {\"DB_PASSWORD\": \"" + PASSWORD + "\"}}}", SecretKind.PASSWORD);
        // Tokens by their shape.
        s.put("token: " + GITHUB, SecretKind.GITHUB_TOKEN);
        s.put("GITHUB_TOKEN=" + GITHUB_PAT, SecretKind.GITHUB_TOKEN);
        s.put("slack: " + SLACK, SecretKind.SLACK_TOKEN);
        s.put("webhook: " + SLACK_HOOK, SecretKind.SLACK_TOKEN);
        s.put("STRIPE_KEY=" + STRIPE, SecretKind.STRIPE_KEY);
        s.put("Authorization: Bearer " + JWT, SecretKind.JSON_WEB_TOKEN);
        return s;
    }

    /** Text that looks like a secret to a careless rule and is not one. */
    static List<String> lookAlikes() {
        return List.of(
                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  evidence/index.json",
                "\"SecretArn\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf\"",
                "arn:aws:iam::123456789012:role/service-role/secret-rotation-Lambda-Role",
                "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "\"KeyId\": \"1234abcd-12ab-34cd-56ef-1234567890ab\"",
                "\"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"Status\": \"Active\"",
                "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
                "\"MinimumPasswordLength\": 14, \"RequireSymbols\": true, \"PasswordReusePrevention\": 24",
                "\"ManageMasterUserPassword\": true, \"MasterUserSecret\": {\"SecretArn\": \"arn:aws:secretsmanager:x\"}",
                "user,arn,password_enabled,password_last_used\nalice,arn:aws:iam::1:user/alice,true,2026-01-01",
                "{\"Tags\": [{\"Key\": \"password-rotation-days\", \"Value\": \"90\"}]}",
                "{\"Tags\": [{\"Key\": \"db_password\", \"Value\": \"${ssm:/prod/db/password}\"}]}",
                "{\"Key\": \"Name\", \"Value\": \"secret-store-primary\"}",
                "{\"Name\": \"SecretsManagerRotation\", \"Value\": \"enabled\"}",
                "password: ********",
                "DB_PASSWORD=${DB_PASSWORD}",
                "Rotate every password and secret at least yearly; never share a token.",
                "The secret access key was rotated 12 days ago.",
                "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----",
                "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "https://github.com/acme/app/commit/2f4a1c9e8b7d6f5a4c3b2a1908f7e6d5c4b3a291",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0In0.",
                "sg-0123456789abcdef0 vpc-0a1b2c3d4e5f67890 i-0abcdef1234567890",
                "c29tZSBwbGFpbiB0ZXh0IHdpdGggbm8gc2VjcmV0IGluIGl0", // base64 of harmless text
                "\"UserId\": \"AIDAJQABLZS4A3QDU576Q\", \"PasswordLastUsed\": \"2026-09-01T00:00:00Z\"",
                "machine learning is not a password manager",
                "default password policy applies",
                "&quot;MinimumPasswordLength&quot;: 14",
                "{\"ParameterKey\": \"DbPasswordLength\", \"ParameterValue\": \"32\"}");
    }

    /** Ways the same text is written where a scanner could miss it. */
    static Map<String, UnaryOperator<String>> encodings() {
        Map<String, UnaryOperator<String>> e = new java.util.LinkedHashMap<>();
        e.put("plain", t -> t);
        e.put(
                "html named entities",
                t -> t.replace("&", "&amp;")
                        .replace("\"", "&quot;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;"));
        e.put("decimal entities", t -> entities(t, "&#%d;"));
        e.put("hex entities", t -> entities(t, "&#x%x;"));
        e.put(
                "json string",
                t -> "{\"note\": \""
                        + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}");
        e.put("json unicode escapes", t -> "\"" + unicode(t) + "\"");
        e.put("css escapes", t -> "content: \"" + css(t) + "\";");
        e.put(
                "base64 value",
                t -> "data: \"" + Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8)) + "\"");
        return e;
    }

    private static String entities(String t, String format) {
        StringBuilder b = new StringBuilder();
        t.chars().forEach(c -> b.append(Character.isLetter(c) && c % 3 == 0 ? String.format(format, c) : (char) c));
        return b.toString();
    }

    private static String unicode(String t) {
        StringBuilder b = new StringBuilder();
        t.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }

    private static String css(String t) {
        StringBuilder b = new StringBuilder();
        t.chars()
                .forEach(c -> b.append(
                        c == '\n'
                                ? "\\a "
                                : c == '"'
                                        ? "\\22 "
                                        : Character.isLetter(c) && c % 2 == 0
                                                ? String.format("\\%x ", c)
                                                : String.valueOf((char) c)));
        return b.toString();
    }

    @Test
    void everySecretIsFoundInEveryEncodingAndNoLookAlikeIs() {
        SecretScanner scanner = SecretScanner.patterns();
        List<String> missed = new ArrayList<>();
        int cases = 0;
        for (var secret : secrets().entrySet()) {
            for (var encoding : encodings().entrySet()) {
                if (encoding.getKey().equals("base64 value")
                        && secret.getKey().length() * 4 / 3 > SecretPatterns.LONGEST) {
                    continue;
                }
                cases++;
                String text = encoding.getValue().apply(secret.getKey());
                List<SecretKind> kinds = scanner.scan("corpus", text).stream()
                        .map(SecretFinding::kind)
                        .toList();
                if (!kinds.contains(secret.getValue())) {
                    missed.add(encoding.getKey() + ": "
                            + secret.getKey().lines().findFirst().orElseThrow() + " -> " + kinds);
                }
            }
        }
        List<String> falsePositives = new ArrayList<>();
        int lookAlikeCases = 0;
        for (String text : lookAlikes()) {
            for (var encoding : encodings().entrySet()) {
                lookAlikeCases++;
                List<SecretFinding> found =
                        scanner.scan("corpus", encoding.getValue().apply(text));
                if (!found.isEmpty()) {
                    falsePositives.add(encoding.getKey() + ": " + text + " -> " + found);
                }
            }
        }
        System.out.printf(
                "secret corpus: %d secrets x %d encodings = %d cases, %d missed; %d look-alikes x %d "
                        + "encodings = %d cases, %d false positives%n",
                secrets().size(),
                encodings().size(),
                cases,
                missed.size(),
                lookAlikes().size(),
                encodings().size(),
                lookAlikeCases,
                falsePositives.size());
        falsePositives.forEach(f -> System.out.println("false positive: " + f));
        assertThat(missed).as("secrets missed").isEmpty();
        assertThat(falsePositives).as("look-alikes taken for secrets").isEmpty();
    }
}
