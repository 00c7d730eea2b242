package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.Generics;
import edu.stanford.nlp.util.PaddedList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.Set;

/**
 * Runs CoreNLP's NER feature extraction for a token's clique into a set of our choosing: what
 * {@code NERFeatureFactory.getCliqueFeatures} does for the two cliques of a window-2 model, less the
 * {@code HashSet} it makes for every call. The extraction methods and their collector are CoreNLP's
 * (protected, reached through method handles), so the names are the same, yielded in the same sequence.
 */
final class NerFeatureCalls {

    private final MethodHandle newCollector;
    private final MethodHandle setDomain;
    private final MethodHandle featuresC;
    private final MethodHandle featuresCpC;
    private final MethodHandle featuresCnC;

    private NerFeatureCalls(final MethodHandle newCollector, final MethodHandle setDomain, final MethodHandle featuresC,
            final MethodHandle featuresCpC, final MethodHandle featuresCnC) {
        this.newCollector = newCollector;
        this.setDomain = setDomain;
        this.featuresC = featuresC;
        this.featuresCpC = featuresCpC;
        this.featuresCnC = featuresCnC;
    }

    /**
     * The calls, when this CoreNLP has the methods and collects features into plain {@code HashSet}s;
     * empty otherwise (then the classifier asks the factory as CoreNLP does).
     */
    static Optional<NerFeatureCalls> find() {
        if (Generics.HASH_SET_CLASSNAME != null) {
            return Optional.empty();
        }
        try {
            final MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(NERFeatureFactory.class, MethodHandles.lookup());
            final Class<?> collector = Class.forName(NERFeatureFactory.class.getName() + "$FeatureCollector");
            final MethodType extract = MethodType.methodType(void.class, PaddedList.class, int.class, collector);
            final MethodType generic = MethodType.methodType(void.class, NERFeatureFactory.class, PaddedList.class, int.class,
                    Object.class);
            return Optional.of(new NerFeatureCalls(
                    lookup.findConstructor(collector, MethodType.methodType(void.class, Set.class))
                            .asType(MethodType.methodType(Object.class, Set.class)),
                    lookup.findVirtual(collector, "setDomain", MethodType.methodType(void.class, String.class))
                            .asType(MethodType.methodType(void.class, Object.class, String.class)),
                    lookup.findVirtual(NERFeatureFactory.class, "featuresC", extract).asType(generic),
                    lookup.findVirtual(NERFeatureFactory.class, "featuresCpC", extract).asType(generic),
                    lookup.findVirtual(NERFeatureFactory.class, "featuresCnC", extract).asType(generic)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@link #extract} handles this factory and clique. */
    static boolean handles(final FeatureFactory<CoreLabel> factory, final Clique clique) {
        return factory.getClass() == NERFeatureFactory.class
                && (clique == FeatureFactory.cliqueC || clique == FeatureFactory.cliqueCpC);
    }

    /** Adds the features of {@code clique} at {@code loc} to {@code out}, in CoreNLP's sequence. */
    void extract(final FeatureFactory<CoreLabel> factory, final PaddedList<CoreLabel> info, final int loc,
            final Clique clique, final Set<String> out) {
        try {
            final Object collector = (Object) newCollector.invokeExact(out);
            setDomain.invokeExact(collector, info.get(0).get(CoreAnnotations.DomainAnnotation.class));
            final NERFeatureFactory<?> ner = (NERFeatureFactory<?>) factory;
            if (clique == FeatureFactory.cliqueC) {
                featuresC.invokeExact(ner, info, loc, collector);
            } else if (clique == FeatureFactory.cliqueCpC) {
                featuresCpC.invokeExact(ner, info, loc, collector);
                featuresCnC.invokeExact(ner, info, loc - 1, collector);
            } else {
                throw new IllegalArgumentException("clique not handled: " + clique);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("CoreNLP's feature extraction failed", e);
        }
    }
}
