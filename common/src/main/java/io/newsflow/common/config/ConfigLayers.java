package io.newsflow.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Resolves settings in layers, each overriding the one before: defaults in code, then a properties
 * file ({@code --config FILE} or {@code NEWSFLOW_CONFIG}), then environment variables
 * ({@code NEWSFLOW_BOOTSTRAP_SERVERS}), then command-line flags ({@code --bootstrap-servers HOST:PORT}
 * or {@code --bootstrap-servers=HOST:PORT}).
 *
 * <p>Kafka client settings pass through under the {@code kafka.} prefix in every layer:
 * {@code kafka.security.protocol=SASL_SSL} in the file, {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL} in the
 * environment, {@code --kafka.security.protocol=SASL_SSL} as a flag.
 *
 * <p>A setting renamed in this release is still read under its old name in every layer ({@link
 * ConfigOption#oldKeys()}); each use is reported in {@link Parsed#deprecations()}, naming the new name.
 * The new name wins when both are given in the same layer.
 */
public final class ConfigLayers {

    public static final String ENV_PREFIX = "NEWSFLOW_";
    public static final String CONFIG_KEY = "config";

    private ConfigLayers() {
    }

    /**
     * The result of parsing a command line: settings, positional arguments, whether help was asked, and
     * one message for each old setting name used.
     */
    public record Parsed(Settings settings, List<String> positional, boolean helpRequested,
            List<String> deprecations) {
    }

    public static Parsed load(final List<ConfigOption> options, final String[] args, final Map<String, String> env) {
        final Map<String, ConfigOption> byKey = new LinkedHashMap<>();
        final Map<String, ConfigOption> byOldKey = new HashMap<>();
        final Map<String, ConfigOption> byShortFlag = new HashMap<>();
        options.forEach(o -> byKey.put(o.key(), o));
        options.forEach(o -> o.shortFlags().forEach(f -> byShortFlag.putIfAbsent(f, o)));
        options.forEach(o -> o.oldKeys().forEach(old -> byOldKey.putIfAbsent(old, o)));
        byKey.keySet().forEach(byOldKey::remove);
        final Set<String> deprecations = new LinkedHashSet<>();

        final Map<String, String> flags = new LinkedHashMap<>();
        final Set<String> flagsByNewName = new HashSet<>();
        final List<String> positional = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            final String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals("--")) {
                positional.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            final String body = arg.substring(2);
            final int eq = body.indexOf('=');
            final String name = eq < 0 ? body : body.substring(0, eq);
            final ConfigOption shortFor = byShortFlag.get(name);
            final String key = shortFor != null ? shortFor.key()
                    : renamed(keyOfFlag(name), byOldKey, deprecations, "--" + name);
            if (!key.equals(CONFIG_KEY) && !byKey.containsKey(key) && !key.startsWith(Settings.KAFKA_PREFIX)) {
                throw new ConfigException("unknown option --" + name + " (see --help)");
            }
            final String value;
            if (eq >= 0) {
                value = body.substring(eq + 1);
            } else if (isBooleanOption(byKey.get(key)) && (i + 1 >= args.length || !isBooleanWord(args[i + 1]))) {
                // A bare boolean flag is true; the next word is its value only when it is a boolean, so that
                // "--fetch-pages feeds" leaves the command where it is.
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new ConfigException("option --" + name + " needs a value (see --help)");
            }
            final boolean byNewName = shortFor != null || key.equals(keyOfFlag(name));
            final ConfigOption option = byKey.get(key);
            if (option != null && option.repeatable() && flags.containsKey(key)
                    && (byNewName || !flagsByNewName.contains(key))) {
                flags.put(key, flags.get(key) + " " + value);
            } else if (byNewName || !flagsByNewName.contains(key)) {
                flags.put(key, value);
            }
            if (byNewName) {
                flagsByNewName.add(key);
            }
        }

        final Map<String, String> values = new HashMap<>();
        final Map<String, String> sources = new HashMap<>();
        for (ConfigOption o : options) {
            if (o.defaultValue() != null) {
                values.put(o.key(), o.defaultValue());
                sources.put(o.key(), "default");
            }
        }
        final String file = flags.getOrDefault(CONFIG_KEY, env.get(ENV_PREFIX + "CONFIG"));
        if (file != null && !file.isBlank()) {
            final Map<String, String> fromFile = readFile(Path.of(file));
            fromFile.forEach((k, v) -> {
                final String key = renamed(k, byOldKey, deprecations, k + " in " + file);
                if ((byKey.containsKey(key) || key.startsWith(Settings.KAFKA_PREFIX))
                        && (key.equals(k) || !fromFile.containsKey(key))) {
                    values.put(key, v);
                    sources.put(key, "file");
                }
            });
        }
        for (ConfigOption o : options) {
            String v = env.get(o.envName());
            for (String old : o.oldKeys()) {
                final String oldEnv = ConfigOption.envName(old);
                if (env.containsKey(oldEnv) && byOldKey.get(old) == o) {
                    deprecations.add(deprecation(oldEnv, o.envName()));
                    v = v == null ? env.get(oldEnv) : v;
                }
            }
            if (v != null) {
                values.put(o.key(), v);
                sources.put(o.key(), "env");
            }
        }
        final String kafkaEnvPrefix = ENV_PREFIX + "KAFKA_";
        env.forEach((name, v) -> {
            if (name.startsWith(kafkaEnvPrefix) && name.length() > kafkaEnvPrefix.length()) {
                final String key = Settings.KAFKA_PREFIX
                        + name.substring(kafkaEnvPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                values.put(key, v);
                sources.put(key, "env");
            }
        });
        flags.forEach((k, v) -> {
            if (!k.equals(CONFIG_KEY)) {
                values.put(k, v);
                sources.put(k, "flag");
            }
        });
        return new Parsed(new Settings(values, sources), List.copyOf(positional), help, List.copyOf(deprecations));
    }

    /** The {@code --help} text: one line per option with its default. */
    public static String help(final String usage, final List<ConfigOption> options) {
        final StringBuilder out = new StringBuilder(usage).append("\n\nOptions (flag / environment variable):\n");
        final List<ConfigOption> all = new ArrayList<>(options);
        all.add(new ConfigOption(CONFIG_KEY, null, "properties file with any of these settings"));
        for (ConfigOption o : all) {
            out.append(String.format(Locale.ROOT, "  %-28s %s%n", o.flag() + " VALUE", o.help()));
            out.append(String.format(Locale.ROOT, "  %-28s env %s; default: %s%n", "", o.envName(),
                    o.defaultValue() == null ? "(none)" : o.defaultValue().isEmpty() ? "(empty)" : o.defaultValue()));
            if (!o.shortFlags().isEmpty() || o.repeatable()) {
                out.append(String.format(Locale.ROOT, "  %-28s %s%s%n", "",
                        o.shortFlags().isEmpty() ? "" : "also " + String.join(", ", o.shortFlags().stream()
                                .map(f -> "--" + f).toList()),
                        o.repeatable() ? (o.shortFlags().isEmpty() ? "" : "; ") + "may be repeated" : ""));
            }
            if (!o.oldKeys().isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-28s formerly %s (still read, with a warning)%n", "",
                        String.join(", ", o.oldKeys().stream().map(ConfigOption::flag).toList())));
            }
        }
        out.append("\nAny Kafka client setting passes through with the kafka. prefix: --kafka.security.protocol=SASL_SSL,\n")
                .append("NEWSFLOW_KAFKA_SASL_MECHANISM=PLAIN, or kafka.sasl.jaas.config=... in the --config file.\n")
                .append("Precedence: defaults < --config file < environment < flags.\n");
        return out.toString();
    }

    /** The key {@code key} stands for: the new one when it is an old name (noted in {@code deprecations}). */
    private static String renamed(final String key, final Map<String, ConfigOption> byOldKey,
            final Set<String> deprecations, final String written) {
        final ConfigOption renamed = byOldKey.get(key);
        if (renamed == null) {
            return key;
        }
        deprecations.add(deprecation(written, written.startsWith("--") ? renamed.flag() : renamed.key()));
        return renamed.key();
    }

    private static String deprecation(final String old, final String replacement) {
        return old + " is deprecated and will be removed in the next release: use " + replacement;
    }

    private static boolean isBooleanWord(final String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "true", "false", "yes", "no", "on", "off", "1", "0" -> true;
            default -> false;
        };
    }

    private static boolean isBooleanOption(final ConfigOption o) {
        return o != null && ("true".equals(o.defaultValue()) || "false".equals(o.defaultValue()));
    }

    /** Flags take dashes or dots; keys use dots. Kafka passthrough keys are kept as written. */
    private static String keyOfFlag(final String name) {
        if (name.startsWith(Settings.KAFKA_PREFIX)) {
            return name;
        }
        return name.replace('-', '.').toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> readFile(final Path path) {
        final Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + path, e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        final Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k.strip(), props.getProperty(k).strip()));
        return out;
    }
}
