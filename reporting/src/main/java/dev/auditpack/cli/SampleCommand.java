package dev.auditpack.cli;

import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.ReportJob;
import dev.auditpack.population.PopulationReader;
import dev.auditpack.population.PopulationSection;
import dev.auditpack.population.SampleSizes;
import dev.auditpack.population.Sampler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack sample}: draws a reproducible sample of one change population. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Draw a sample of a CloudTrail change population with a seed, the way an auditor can draw it again "
                    + "without auditpack: items ranked by the SHA-256 of \"<seed>:<event id>\", the first N taken "
                    + "(docs/populations-and-samples.md has the shell one-liner).",
            "Prints the sample in rank order, one event a line (event id, time, event, actor, target), after "
                    + "'#' lines naming the population, its size, the seed, the sample size and how it was chosen."
        })
final class SampleCommand implements Callable<Integer> {

    /** What a seed may be: short, and safe to type in a shell and print in a PDF. */
    static final Pattern SEED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "LOCKER|PACK-DIR|POPULATION.jsonl",
            description = "An evidence locker, a pack's output folder (with its evidence/ copy), or one population "
                    + "file (population-<id>.jsonl) from a locker.")
    Path input;

    @Option(
            names = "--population",
            paramLabel = "ID",
            description = "The population, e.g. joiners, access-granted, infrastructure-changes.")
    String population;

    @Option(names = "--seed", required = true, paramLabel = "SEED", description = "The seed, e.g. 2026-Q4-audit.")
    String seed;

    @Option(names = "--size", paramLabel = "N", description = "Draw N items (at most the population).")
    Integer size;

    @Option(
            names = "--frequency",
            paramLabel = "FREQUENCY",
            description = "Size the sample by how often the control operates: annual, quarterly, monthly, weekly, "
                    + "daily or several-times-a-day (the lower end of the usual range).")
    String frequency;

    @Option(names = "--ids-only", description = "Print only the event ids, one a line, in rank order.")
    boolean idsOnly;

    @Override
    public Integer call() throws IOException {
        if (!SEED.matcher(seed).matches()) {
            throw new InputException("--seed", "must be 1 to 64 letters, digits, '.', '_' or '-', not '" + seed + "'");
        }
        if (size != null && frequency != null) {
            throw new InputException("--size", "and --frequency both given; give one");
        }
        if (size != null && size < 0) {
            throw new InputException("--size", "must not be negative, not " + size);
        }
        if (frequency != null) {
            try {
                SampleSizes.shipped().frequency(frequency);
            } catch (IllegalArgumentException e) {
                throw new InputException("--frequency", e.getMessage());
            }
        }
        if (!Files.exists(input)) {
            throw new InputException(input, "does not exist (expected a locker, a pack folder or a population file)");
        }
        PopulationReader.SizeRule rule =
                new PopulationReader.SizeRule(Optional.ofNullable(size), Optional.ofNullable(frequency));
        return Files.isRegularFile(input) ? fromFile(rule) : fromLocker(rule);
    }

    private Integer fromFile(PopulationReader.SizeRule rule) {
        if (size == null && frequency == null) {
            throw new InputException("--size", "or --frequency is needed to sample a single population file");
        }
        List<PopulationEvent> all = new ArrayList<>();
        PopulationReader.each(input, all::add);
        Populations.Population def = definition(
                population != null
                        ? population
                        : input.getFileName().toString().replaceAll("^population-|\\.jsonl$", ""));
        SampleSizes.Size chosen = PopulationReader.size(rule, def, all.size(), 0, SampleSizes.shipped());
        Sampler sampler = new Sampler(seed, chosen.size());
        all.forEach(e -> sampler.offer(e.id(), e));
        print(def, all.size(), chosen, sampler, 0);
        return ExitCodes.OK;
    }

    private Integer fromLocker(PopulationReader.SizeRule rule) throws IOException {
        if (population == null) {
            throw new InputException("--population", "is needed to sample from a locker; use one of " + known());
        }
        Populations.Population def = definition(population);
        Path dir = Files.isRegularFile(input.resolve("index.json")) ? input : input.resolve(ReportJob.EVIDENCE);
        Locker locker = Locker.open(dir);
        PopulationSection section = PopulationReader.read(locker, Optional.of(seed), rule);
        PopulationSection.PopulationSummary summary = section.populations().stream()
                .filter(p -> p.id().equals(def.id()))
                .findFirst()
                .orElseThrow(() -> new InputException(dir, "holds no CloudTrail populations (no cloudtrail.events)"));
        Map<String, String> hashes = locker.index().attachments().stream()
                .collect(Collectors.toMap(AttachmentEntry::path, AttachmentEntry::sha256));
        for (String file : summary.files()) {
            if (!Digests.sha256(locker.root().resolve(file)).equals(hashes.get(file))) {
                throw new InputException(locker.root().resolve(file), "does not match its SHA-256 in index.json");
            }
        }
        PopulationSection.Sample sample = summary.sample().orElseThrow();
        Sampler replay = new Sampler(seed, sample.size());
        sample.items().forEach(e -> replay.offer(e.id(), e));
        print(def, summary.events(), new SampleSizes.Size(sample.size(), sample.basis()), replay, section.gapDays());
        return ExitCodes.OK;
    }

    private void print(
            Populations.Population def, long events, SampleSizes.Size chosen, Sampler sampler, long gapDays) {
        PrintWriter out = spec.commandLine().getOut();
        List<Sampler.Drawn<PopulationEvent>> drawn = sampler.sample();
        if (!idsOnly) {
            out.println("# population: " + def.id() + " (" + def.title() + ")");
            out.println("# events: " + events);
            if (gapDays > 0) {
                out.println("# GAP: " + gapDays + " account-region day(s) of the period were not covered");
            }
            out.println("# seed: " + seed);
            out.println("# sample size: " + drawn.size() + " (" + chosen.basis() + ")");
            out.println("# method: " + PopulationSection.METHOD);
        }
        for (Sampler.Drawn<PopulationEvent> d : drawn) {
            PopulationEvent e = d.item();
            out.println(
                    idsOnly
                            ? e.id()
                            : String.join(
                                    "\t",
                                    e.id(),
                                    e.time(),
                                    e.name(),
                                    e.actor() == null ? "" : e.actor(),
                                    e.target() == null ? "" : e.target()));
        }
        out.flush();
    }

    private static Populations.Population definition(String id) {
        return Populations.byId(id)
                .orElseThrow(() ->
                        new InputException("--population", "'" + id + "' is not a population; use one of " + known()));
    }

    private static String known() {
        return Populations.all().stream().map(Populations.Population::id).collect(Collectors.joining(", "));
    }
}
