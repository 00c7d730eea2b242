package io.newsflow.common.config;

import java.util.Locale;

/**
 * One setting a service understands: its key ({@code bootstrap.servers}), its default (null when it
 * has none) and a line of help. The same setting is {@code --bootstrap-servers} on the command line
 * and {@code NEWSFLOW_BOOTSTRAP_SERVERS} in the environment.
 */
public record ConfigOption(String key, String defaultValue, String help) {

    public String flag() {
        return flag(key);
    }

    /** The command-line flag of the setting {@code key}: {@code --bootstrap-servers} for {@code bootstrap.servers}. */
    public static String flag(final String key) {
        return "--" + key.replace('.', '-');
    }

    public String envName() {
        return ConfigLayers.ENV_PREFIX + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
