package dev.auditpack.cli;

import dev.auditpack.evidence.ShardPlan;
import picocli.CommandLine;

/** Reads {@code --shard K/N}, with K from 1 to N. */
final class ShardConverter implements CommandLine.ITypeConverter<ShardPlan.Shard> {
    @Override
    public ShardPlan.Shard convert(String value) {
        try {
            return ShardPlan.Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
