package io.newsflow.tagger.limits;

import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Place;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The caps that keep the cost of one article bounded whatever a producer sends. Real news stays far
 * below each of them: a long article names a few hundred entities, a name rarely occurs 100 times.
 */
public final class TaggingLimits {

    /**
     * Tokens read for entities per article. A body at the 1 MiB limit in plain English has about 200,000;
     * a flood of one-letter words has 500,000, and the CRF reads about 70,000 a second on one core.
     */
    public static final int MAX_TOKENS_PER_ARTICLE = 250_000;
    /**
     * Tokens the second CRF reads per article where the first is unsure: about 5 % of news tokens, so
     * a few hundred in a long article; a flood of unsure names is read by the first CRF alone past this.
     */
    public static final int MAX_SECOND_OPINION_TOKENS = 20_000;
    /** Mentions kept per entity; an entity named more often keeps its first ones. */
    public static final int MAX_MENTIONS_PER_ENTITY = 200;
    /** Entities kept per type (people, organizations, places) in one article, in order of first mention. */
    public static final int MAX_ENTITIES_PER_TYPE = 500;
    /**
     * Mentions kept per article, all types together: the enriched record carries every mention, and a
     * flood of names would otherwise make it many megabytes. A 10,000-word article has about 1,000.
     */
    public static final int MAX_MENTIONS_PER_ARTICLE = 5_000;
    /**
     * A run of non-space characters longer than this is no name (a long URL, a base64 blob, markup or
     * entity references without spaces) and is not given to CoreNLP's tokenizer, whose lexer slows down
     * more than linearly on such runs.
     */
    public static final int MAX_TOKEN_RUN_CHARS = 64;
    /**
     * Tokens per sentence given to the CRF at once; a longer run without a sentence end (a list, a
     * flood) is cut. Corrections that look around a token then look at a bounded number of mentions.
     */
    public static final int MAX_SENTENCE_TOKENS = 200;
    /** Characters of a talk-track's evidence sentence; a longer one (a body without full stops) is cut. */
    public static final int MAX_EVIDENCE_CHARS = 1_000;
    /**
     * The default time budget per article: the costliest body at the 1 MiB limit tags in under 10 s on
     * one core (see {@code enrich.jar worst-case}); a normal article takes milliseconds. A service that
     * tags untrusted input passes its own budget to {@code Enricher.withBudget}.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    private TaggingLimits() {
    }

    /**
     * The places within the caps: the place resolver finds more mentions of a known place name than the
     * entity tagger gave it, so the caps apply again to what it returns. Each cap reached is added to
     * {@code reached}.
     */
    public static List<Place> capPlaces(final List<Place> places, final int mentionsLeft, final Set<String> reached) {
        final List<Place> out = new ArrayList<>(Math.min(places.size(), MAX_ENTITIES_PER_TYPE));
        int left = mentionsLeft;
        for (Place p : places) {
            if (out.size() == MAX_ENTITIES_PER_TYPE) {
                reached.add(Enrichment.ENTITIES_PER_ARTICLE);
                break;
            }
            if (left <= 0) {
                reached.add(Enrichment.MENTIONS_PER_ARTICLE);
                break;
            }
            int keep = p.mentions().size();
            if (keep > MAX_MENTIONS_PER_ENTITY) {
                reached.add(Enrichment.MENTIONS_PER_ENTITY);
                keep = MAX_MENTIONS_PER_ENTITY;
            }
            if (keep > left) {
                reached.add(Enrichment.MENTIONS_PER_ARTICLE);
                keep = left;
            }
            left -= keep;
            out.add(keep == p.mentions().size() ? p : new Place(p.name(), p.mentions().subList(0, keep),
                    p.geonameId(), p.countryCode(), p.admin1(), p.lat(), p.lon(), p.featureClass(), p.population()));
        }
        return out;
    }
}
