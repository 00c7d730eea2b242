package io.newsflow.common.config;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One setting a service understands: its key ({@code bootstrap.servers}), its default (null when it
 * has none) and a line of help. The same setting is {@code --bootstrap-servers} on the command line
 * and {@code NEWSFLOW_BOOTSTRAP_SERVERS} in the environment.
 *
 * @param oldKeys keys the setting had in earlier releases: still read, with a warning naming the new one
 */
public record ConfigOption(String key, String defaultValue, String help, List<String> oldKeys) {

    public ConfigOption {
        oldKeys = List.copyOf(oldKeys);
    }

    public ConfigOption(final String key, final String defaultValue, final String help) {
        this(key, defaultValue, help, List.of());
    }

    /** The same setting, also read under {@code oldKey} (its name in the release before) with a warning. */
    public ConfigOption formerly(final String oldKey) {
        return new ConfigOption(key, defaultValue, help,
                Stream.concat(oldKeys.stream(), Stream.of(oldKey)).toList());
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
