package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every collector's id and operation names are constants of one {@code evidence.aws.<Service>Evidence} class,
 * so the checks that read a collector's evidence name it by the strings the collector writes.
 */
class EvidenceContractTest {

    private static final String PACKAGE = "dev.auditpack.evidence.aws";

    @Test
    void everyCollectorTakesItsIdAndOperationNamesFromItsServiceEvidenceClass() throws Exception {
        Map<String, Set<String>> contract = constantsByClass();
        assertThat(contract).containsKeys("S3Evidence", "IamEvidence", "Ec2Evidence");
        for (Collector c : Collector.all()) {
            List<String> owners = contract.entrySet().stream()
                    .filter(e -> e.getValue().contains(c.id()))
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(owners)
                    .as("classes of %s naming collector %s", PACKAGE, c.id())
                    .hasSize(1);
            assertThat(contract.get(owners.get(0)))
                    .as("operation names of %s in %s", c.id(), owners.get(0))
                    .containsAll(c.operations().stream().map(Operation::name).toList());
        }
    }

    /** The public String constants of each {@code *Evidence} class of the contract package, by simple name. */
    private static Map<String, Set<String>> constantsByClass()
            throws IOException, URISyntaxException, ReflectiveOperationException {
        URL folder = EvidenceContractTest.class.getClassLoader().getResource(PACKAGE.replace('.', '/'));
        assertThat(folder).as(PACKAGE + " on the class path").isNotNull();
        assertThat(folder.getProtocol())
                .as("compiled classes of " + PACKAGE + " in a folder")
                .isEqualTo("file");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Evidence.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
        for (String name : names) {
            Set<String> values = new HashSet<>();
            for (Field f : Class.forName(PACKAGE + "." + name).getFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                    values.add((String) f.get(null));
                }
            }
            out.put(name, values);
        }
        return out;
    }
}
