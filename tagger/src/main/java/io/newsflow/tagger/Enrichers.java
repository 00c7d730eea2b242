package io.newsflow.tagger;

import io.newsflow.tagger.geo.GazetteerPlaceResolver;
import io.newsflow.tagger.geo.GeoOptions;
import io.newsflow.tagger.lang.LanguageDetector;
import io.newsflow.tagger.ner.NewsEntityTagger;
import io.newsflow.tagger.tracks.LexiconTrackClassifier;
import io.newsflow.tagger.tracks.TrackClassifier;
import io.newsflow.tagger.tracks.TrackTags;
import java.time.Clock;

/**
 * The one place that decides which tagger, place resolver and track classifier newsflow runs. The
 * stream, the {@code tag} command and the evaluations all take their {@link Enricher} from here.
 */
public final class Enrichers {

    private Enrichers() {
    }

    /**
     * The production enricher: the language policy (English is tagged, other languages are not), CoreNLP's
     * CRF tagger with newsflow's article-level corrections, places resolved on the GeoNames gazetteer, and
     * the lexicon talk-track classifier. Loads the NER model on first call; the result is thread-safe.
     */
    public static Enricher standard() {
        return standard(GeoOptions.DEFAULT);
    }

    /** The production enricher, offering places as {@code places} says. */
    public static Enricher standard(final GeoOptions places) {
        // Independent loads side by side: a service starts in about the time of the CRF model alone.
        final Loading.Load<LanguageDetector> languages = Loading.begin("languages", LanguageDetector::shared);
        final Loading.Load<GazetteerPlaceResolver> resolver = Loading.begin("gazetteer",
                () -> GazetteerPlaceResolver.shared(places));
        final Loading.Load<LexiconTrackClassifier> tracks = Loading.begin("tracks", LexiconTrackClassifier::load);
        final NewsEntityTagger entities = NewsEntityTagger.load();
        languages.get();
        return new Enricher(entities, resolver.get(), tracks.get(), Clock.systemUTC());
    }

    /** A classifier that finds no talk-track in any article. */
    public static TrackClassifier noTracks() {
        return (title, body) -> TrackTags.NONE;
    }
}
