package io.newsflow.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads articles from JSON: one object, an array of objects, or one object per line (NDJSON).
 * Problems name the field and the position but never quote the submitted text, so that they can be
 * logged.
 */
final class ArticleJson {

    /** One article of a batch, or why it could not be read; {@code line} is 1-based, 0 when not line-based. */
    record Item(RawArticle article, List<ArticleProblem> problems, int line) {

        Item {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        boolean readable() {
            return article != null;
        }
    }

    /** The field named by a problem with the JSON text itself rather than with an article in it. */
    static final String JSON_FIELD = "json";

    private ArticleJson() {
    }

    /**
     * Reads one article object.
     *
     * @throws InvalidArticleException when the text is not a JSON object of the article's fields
     */
    static RawArticle readOne(final byte[] json) {
        final JsonNode node = readTree(json);
        if (!node.isObject()) {
            throw invalid("article", node.isArray()
                    ? "must be one JSON object; send arrays to /articles/batch"
                    : "must be a JSON object, got " + kind(node));
        }
        return toArticle(node);
    }

    /**
     * Reads a JSON array of article objects; an element that is not a readable article becomes an item
     * with problems.
     *
     * @throws InvalidArticleException when the text is not a JSON array at all
     */
    static List<Item> readArray(final byte[] json) {
        final JsonNode node = readTree(json);
        if (!node.isArray()) {
            throw invalid("articles", "must be a JSON array of article objects, got " + kind(node));
        }
        final List<Item> items = new ArrayList<>(node.size());
        node.forEach(element -> items.add(itemOf(element, 0)));
        return items;
    }

    /** Reads one article per non-blank line; a line that is not a readable article becomes an item with problems. */
    static List<Item> readLines(final byte[] ndjson) {
        final String[] lines = new String(ndjson, StandardCharsets.UTF_8).split("\n", -1);
        final List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            final String text = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (!text.isBlank()) {
                items.add(readLine(text, i + 1));
            }
        }
        return items;
    }

    /** Reads one line of a JSON-lines file or request; {@code line} is reported with any problem. */
    static Item readLine(final String text, final int line) {
        try {
            return itemOf(readTree(text.getBytes(StandardCharsets.UTF_8)), line);
        } catch (InvalidArticleException e) {
            return new Item(null, e.problems(), line);
        }
    }

    static String describe(final List<ArticleProblem> problems) {
        return problems.stream().map(ArticleProblem::toString).collect(Collectors.joining("; "));
    }

    private static Item itemOf(final JsonNode element, final int line) {
        if (!element.isObject()) {
            return new Item(null, List.of(new ArticleProblem("article", "must be a JSON object, got "
                    + kind(element))), line);
        }
        try {
            return new Item(toArticle(element), List.of(), line);
        } catch (InvalidArticleException e) {
            return new Item(null, e.problems(), line);
        }
    }

    private static JsonNode readTree(final byte[] json) {
        final JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonEOFException e) {
            throw invalid(JSON_FIELD, "JSON ends too early" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw invalid(JSON_FIELD, "malformed JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw invalid(JSON_FIELD, "unreadable JSON");
        }
        if (node == null || node.isMissingNode()) {
            throw invalid(JSON_FIELD, "request body is empty");
        }
        return node;
    }

    /** The article in {@code node}, with a web page given as its body or {@code html} turned into text. */
    private static RawArticle toArticle(final JsonNode node) {
        try {
            return HtmlBodies.toText(node, Json.mapper().treeToValue(node, RawArticle.class));
        } catch (MismatchedInputException e) {
            throw invalid(fieldOf(e), "must be " + expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw invalid(e instanceof JsonMappingException m ? fieldOf(m) : "article", "cannot be read");
        }
    }

    private static String fieldOf(final JsonMappingException e) {
        final String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "article" : path;
    }

    private static String expected(final Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a JSON string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == RawArticle.class) {
            return "a JSON object";
        }
        return "a " + type.getSimpleName();
    }

    private static String kind(final JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String at(final JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static InvalidArticleException invalid(final String field, final String message) {
        return new InvalidArticleException(List.of(new ArticleProblem(field, message)));
    }
}
