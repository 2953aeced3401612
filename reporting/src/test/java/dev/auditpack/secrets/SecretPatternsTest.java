package dev.auditpack.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPatternsTest {

    private static Set<SecretKind> kinds(String text) {
        Set<SecretKind> found = EnumSet.noneOf(SecretKind.class);
        SecretPatterns.find(text, found);
        return found;
    }

    @Test
    void theFakeKeyHasTheShapeOfARealOne() {
        assertThat(FakeSecrets.SECRET_KEY).hasSize(40).matches("[A-Za-z0-9/+]{40}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aws_secret_access_key = %s",
                "\"SecretAccessKey\" : \"%s\",",
                "<SecretAccessKey>%s</SecretAccessKey>",
                "secret: %s",
                "AWS_SECRET_ACCESS_KEY=%s",
                "| secretKey | %s |"
            })
    void secretAccessKeysInTheirContext(String template) {
        assertThat(kinds(template.formatted(FakeSecrets.SECRET_KEY))).containsExactly(SecretKind.AWS_SECRET_ACCESS_KEY);
    }

    @Test
    void sessionTokensByTheirPrefixAnywhereOrByTheirField() {
        assertThat(kinds("Acme Ltd " + FakeSecrets.SESSION_TOKEN)).containsExactly(SecretKind.AWS_SESSION_TOKEN);
        assertThat(kinds("FwoGZXIvYXdzEBYaDHqa0AP1ZPjOPS6RQiLRAXkVr3lLmPz7QW9eD4kFx2aBcDeFgHiJ"))
                .containsExactly(SecretKind.AWS_SESSION_TOKEN);
        String other = "Zm9vYmFy".repeat(20) + "Q1w2E3r4";
        assertThat(kinds("\"SessionToken\" : \"" + other + "\"")).containsExactly(SecretKind.AWS_SESSION_TOKEN);
        assertThat(kinds("aws_session_token=" + other)).containsExactly(SecretKind.AWS_SESSION_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ \"MasterUserPassword\" : \"%s\" }",
                "{\"password\":\"%s\"}",
                "DB_PASSWORD=%s",
                "  password: %s",
                "export PGPASSWORD='%s'",
                "<Password>%s</Password>",
                "postgres://admin:%s@db.example.com:5432/app",
                "Server=db;Uid=sa;Pwd=%s;"
            })
    void passwordsInFields(String template) {
        assertThat(kinds(template.formatted(FakeSecrets.PASSWORD))).containsExactly(SecretKind.PASSWORD);
    }

    @Test
    void privateKeysButNotCertificates(@TempDir Path dir) throws IOException {
        TestKeys keys = TestKeys.rsa();
        String key = Files.readString(keys.writePkcs8(dir.resolve("key.pem")));
        String traditional = Files.readString(keys.writeTraditional(dir.resolve("rsa.pem")));
        String certificate = Files.readString(keys.writeCertificate(dir.resolve("cert.pem")));
        assertThat(kinds(key)).containsExactly(SecretKind.PRIVATE_KEY);
        assertThat(kinds(traditional)).containsExactly(SecretKind.PRIVATE_KEY);
        assertThat(kinds(Files.readString(keys.writeEncryptedPkcs8(dir.resolve("enc.pem"), "pw-for-test"))))
                .containsExactly(SecretKind.PRIVATE_KEY);
        assertThat(certificate).contains("-----BEGIN CERTIFICATE-----");
        assertThat(kinds(certificate)).isEmpty();
        assertThat(kinds("The key file starts with -----BEGIN PRIVATE KEY----- and nothing else."))
                .isEmpty();
    }

    @Test
    void hashesArnsAndIdsAreNotSecrets() {
        assertThat(kinds("""
                "sha256" : "21f6a46746bd1a899da015e044974243002ada672ae3d5985a741b145f6ee293",
                secret_sha1: da39a3ee5e6b4b0d3255bfef95601890afd80709
                "MasterUserSecret" : {
                  "KmsKeyId" : "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                  "SecretArn" : "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-0a1b2c3d-4e5f-6a7b-8c9d-AbCdEf",
                  "SecretStatus" : "active"
                },
                "AccessKeyId" : "AKIAIOSFODNN7EXAMPLE",
                "SessionToken" : null,
                "Id" : "sg-0a1b2c3d4e5f60718"
                """)).isEmpty();
    }

    @Test
    void passwordSettingsAndEmptyMaskedOrPlaceholderValuesAreNotPasswords() {
        assertThat(kinds("""
                "PasswordPolicy" : {
                  "AllowUsersToChangePassword" : true,
                  "ExpirePasswords" : true,
                  "MinimumPasswordLength" : 14,
                  "PasswordReusePrevention" : 24,
                  "HardExpiry" : false
                },
                "PasswordLastUsed" : "2026-10-01T12:00:00Z",
                "ManageMasterUserPassword" : false,
                "LoginProfile" : { "PasswordResetRequired" : false },
                "password" : "",
                "Password" : "********",
                "password" : null,
                password: ${DB_PASSWORD}
                password=<your password>
                DB_PASSWORD=$DB_PASSWORD
                https://user:****@example.com/
                user,arn,password_enabled,password_last_used,password_last_changed,password_next_rotation
                alice,arn:aws:iam::123456789012:user/alice,true,2026-10-01T12:00:00+00:00,N/A,not_supported
                """)).isEmpty();
    }

    @Test
    void proseAboutSecretsIsNotASecret() {
        assertThat(kinds("""
                Rotate the secret access key of every IAM user at least every 90 days.
                The password policy requires 14 characters; passwords: see the policy.
                A session token is short-lived. Store secrets in AWS Secrets Manager.
                The password policy: minimum length 14, symbols required.
                """)).isEmpty();
    }
}
