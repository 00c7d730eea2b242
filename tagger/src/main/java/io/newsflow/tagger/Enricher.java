package io.newsflow.tagger;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.geo.GeoTags;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.lang.LanguageDecision;
import io.newsflow.tagger.lang.LanguagePolicy;
import io.newsflow.tagger.ner.EntityTagger;
import io.newsflow.tagger.ner.EntityTags;
import io.newsflow.tagger.tracks.TrackClassifier;
import io.newsflow.tagger.tracks.TrackTags;
import io.newsflow.common.article.Place;
import io.newsflow.tagger.limits.Deadline;
import io.newsflow.tagger.limits.TaggingLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.Objects;

/**
 * Enriches one article: its language, then entities, places resolved on the map and talk-tracks. The
 * taggers read English only: an article in another language (declared, or detected by
 * {@link LanguagePolicy}) carries its language and {@code enrichment.skipped} instead of tags. The
 * stream, the {@code tag} command and every evaluation call this same class, so what is measured is
 * what runs.
 */
public final class Enricher {

    /**
     * Version of the enrichment logic. Raise it whenever tagging changes so that re-enriched articles
     * replace older enrichments of the same revision in {@code news.articles.current}.
     */
    public static final int VERSION = 3;

    private final EntityTagger entityTagger;
    private final PlaceResolver placeResolver;
    private final TrackClassifier trackClassifier;
    private final LanguagePolicy languages;
    private final Clock clock;
    private final Duration budget;

    /** An enricher that decides languages with the production {@link LanguagePolicy}. */
    public Enricher(final EntityTagger entityTagger, final PlaceResolver placeResolver,
            final TrackClassifier trackClassifier, final Clock clock) {
        this(entityTagger, placeResolver, trackClassifier, LanguagePolicy.standard(), clock, Duration.ZERO);
    }

    public Enricher(final EntityTagger entityTagger, final PlaceResolver placeResolver,
            final TrackClassifier trackClassifier, final LanguagePolicy languages, final Clock clock) {
        this(entityTagger, placeResolver, trackClassifier, languages, clock, Duration.ZERO);
    }

    private Enricher(final EntityTagger entityTagger, final PlaceResolver placeResolver,
            final TrackClassifier trackClassifier, final LanguagePolicy languages, final Clock clock,
            final Duration budget) {
        this.entityTagger = Objects.requireNonNull(entityTagger, "entityTagger");
        this.placeResolver = Objects.requireNonNull(placeResolver, "placeResolver");
        this.trackClassifier = Objects.requireNonNull(trackClassifier, "trackClassifier");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * The same enricher with a time budget per article ({@link Duration#ZERO}: none). An article past
     * its budget stops with {@link io.newsflow.tagger.limits.TaggingBudgetExceededException}.
     */
    public Enricher withBudget(final Duration perArticle) {
        return new Enricher(entityTagger, placeResolver, trackClassifier, languages, clock, perArticle);
    }

    /** The same enricher deciding languages with {@code policy}. */
    public Enricher withLanguages(final LanguagePolicy policy) {
        return new Enricher(entityTagger, placeResolver, trackClassifier, policy, clock, budget);
    }

    /** The time budget per article; zero when there is none. */
    public Duration budget() {
        return budget;
    }

    public EntityTagger entityTagger() {
        return entityTagger;
    }

    /**
     * Tags the article within the budget. {@code revision} is the article's own revision, or the fallback (the record
     * timestamp in the stream) when the producer wrote none.
     */
    public EnrichedArticle enrich(final String id, final RawArticle raw, final long fallbackRevision) {
        final long startNanos = System.nanoTime();
        final String title = raw.titleText();
        final String body = raw.bodyText();
        final long revision = raw.revision() == null ? fallbackRevision : raw.revision();
        final LanguageDecision language = languages.decide(id, raw.source(), raw.language(), title, body);
        if (!language.tagged()) {
            return untagged(id, raw, revision, language, startNanos);
        }
        final Deadline deadline = Deadline.after(budget);
        final EntityTags entities = entityTagger.tag(title, body, deadline);
        deadline.check("places");
        final GeoTags geo = placeResolver.resolve(title, body, entities);
        deadline.check("talk-tracks");
        final TrackTags tracks = trackClassifier.classify(title, body);
        final Set<String> limits = new TreeSet<>(entities.limits());
        final int mentions = Stream.concat(entities.people().stream(), entities.organizations().stream())
                .mapToInt(e -> e.mentions().size()).sum();
        final List<Place> places = TaggingLimits.capPlaces(geo.places(),
                TaggingLimits.MAX_MENTIONS_PER_ARTICLE - mentions, limits);
        final long tookMicros = (System.nanoTime() - startNanos) / 1_000;
        return new EnrichedArticle(
                id,
                raw.url(),
                raw.title(),
                raw.body(),
                raw.source(),
                raw.publishedAt(),
                language.language(),
                revision,
                raw.ingestedAt(),
                entities.people(),
                entities.organizations(),
                places,
                geo.countries(),
                tracks.tracks(),
                tracks.primaryTrack(),
                tracks.talks(),
                new Enrichment(VERSION, clock.instant().toString(), tookMicros, List.copyOf(limits)));
    }

    /** An article the English taggers do not read: its language and why, no tags. */
    private EnrichedArticle untagged(final String id, final RawArticle raw, final long revision,
            final LanguageDecision language, final long startNanos) {
        final long tookMicros = (System.nanoTime() - startNanos) / 1_000;
        return new EnrichedArticle(id, raw.url(), raw.title(), raw.body(), raw.source(), raw.publishedAt(),
                language.language(), revision, raw.ingestedAt(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, false,
                new Enrichment(VERSION, clock.instant().toString(), tookMicros, List.of(), language.skipped()));
    }
}
