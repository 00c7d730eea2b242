package io.newsflow.common.config;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One setting a service understands: its key ({@code bootstrap.servers}), its default (null when it
 * has none) and a line of help. The same setting is {@code --bootstrap-servers} on the command line
 * and {@code NEWSFLOW_BOOTSTRAP_SERVERS} in the environment.
 *
 * @param oldKeys    keys the setting had in earlier releases: still read, with a warning naming the new one
 * @param shortFlags other flags of the same setting, without the dashes ({@code feed} for
 *                   {@code --feed}): read without a warning, on the command line only
 * @param repeatable whether the flag may be given several times, its values joined with spaces (a list
 *                   of words, such as URLs); otherwise the last one given wins
 */
public record ConfigOption(String key, String defaultValue, String help, List<String> oldKeys,
        List<String> shortFlags, boolean repeatable) {

    public ConfigOption {
        oldKeys = List.copyOf(oldKeys);
        shortFlags = List.copyOf(shortFlags);
    }

    public ConfigOption(final String key, final String defaultValue, final String help) {
        this(key, defaultValue, help, List.of(), List.of(), false);
    }

    /** The same setting, also read under {@code oldKey} (its name in the release before) with a warning. */
    public ConfigOption formerly(final String oldKey) {
        return new ConfigOption(key, defaultValue, help,
                Stream.concat(oldKeys.stream(), Stream.of(oldKey)).toList(), shortFlags, repeatable);
    }

    /**
     * The same setting, also given on the command line as {@code --name} (a shorter spelling that is no
     * old name, such as {@code --feed} for {@code --ingest-feeds-urls}).
     */
    public ConfigOption alsoFlag(final String name) {
        return new ConfigOption(key, defaultValue, help, oldKeys,
                Stream.concat(shortFlags.stream(), Stream.of(name)).toList(), repeatable);
    }

    /** The same setting, whose flag may be repeated: its values are joined with spaces. */
    public ConfigOption repeated() {
        return new ConfigOption(key, defaultValue, help, oldKeys, shortFlags, true);
    }

    public String flag() {
        return flag(key);
    }

    /** The command-line flag of the setting {@code key}: {@code --bootstrap-servers} for {@code bootstrap.servers}. */
    public static String flag(final String key) {
        return "--" + key.replace('.', '-');
    }

    public String envName() {
        return envName(key);
    }

    /** The environment variable of the setting {@code key}: {@code NEWSFLOW_BOOTSTRAP_SERVERS}. */
    public static String envName(final String key) {
        return ConfigLayers.ENV_PREFIX + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
