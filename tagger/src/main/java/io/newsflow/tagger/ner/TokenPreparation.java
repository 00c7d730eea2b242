package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.process.CoreTokenFactory;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's preparation of a sentence before its CRF labels it ({@code preprocessTokens} and
 * {@code ObjectBankWrapper.doBasicStuff}), step for step and in their order, since the known lower-case
 * words grow as they go: copies of the tokens with their position and background answer, then per token its
 * word shape, its word interned as the flags say, and its gold answer. What differs is only what is not
 * computed again: the word shapes ({@link CachedWordShapes}, a tenth of the CRF's time otherwise) and the
 * interned position strings.
 */
final class TokenPreparation {

    private static final Logger LOG = LoggerFactory.getLogger(TokenPreparation.class);
    /** Token positions whose interned strings are kept: a sentence is rarely longer. */
    private static final String[] POSITIONS = positions(1_024);
    private static final String CHINESE_SEGMENTATION = "edu.stanford.nlp.wordseg.Sighan2005DocumentReaderAndWriter";

    private final SeqClassifierFlags flags;
    private final CoreTokenFactory<CoreLabel> tokens;
    /** Null when the model uses no word shapes. */
    private final CachedWordShapes shapes;

    private TokenPreparation(final SeqClassifierFlags flags, final CoreTokenFactory<CoreLabel> tokens) {
        this.flags = flags;
        this.tokens = tokens;
        this.shapes = flags.wordShape > WordShapeClassifier.NOWORDSHAPE
                ? new CachedWordShapes(flags.wordShape, FastCrfClassifier.WORD_CACHE_PLACES) : null;
    }

    /**
     * The preparation for {@code crf}, or null when its options ask for steps this class does not take
     * (tags merged or converted, shape strings, normalized terms, Chinese segmentation) or its token
     * factory cannot be read: then CoreNLP's own.
     */
    static TokenPreparation of(final AbstractSequenceClassifier<CoreLabel> crf, final SeqClassifierFlags flags) {
        if (flags.mergeTags || flags.iobTags || flags.useShapeStrings || flags.normalizeTerms || flags.normalizeTimex
                || CHINESE_SEGMENTATION.equalsIgnoreCase(flags.readerAndWriter)) {
            return null;
        }
        final CoreTokenFactory<CoreLabel> tokens = tokenFactory(crf);
        return tokens == null ? null : new TokenPreparation(flags, tokens);
    }

    /** Whether {@link #prepare} takes these tokens: CoreNLP's labels, or words that are not annotated maps. */
    static boolean handles(final List<? extends HasWord> sentence) {
        for (HasWord word : sentence) {
            if (word instanceof CoreMap && !(word instanceof CoreLabel)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens CoreNLP's CRF labels, prepared from {@code sentence}; adds to {@code known} as CoreNLP does. */
    List<CoreLabel> prepare(final List<? extends HasWord> sentence, final Set<String> known, final String background) {
        final List<CoreLabel> document = new ArrayList<>(sentence.size());
        int position = 0;
        for (HasWord word : sentence) {
            final CoreLabel token;
            if (word instanceof CoreLabel label) {
                token = tokens.makeToken(label);
            } else {
                token = tokens.makeToken();
                token.set(CoreAnnotations.TextAnnotation.class, word.word());
            }
            token.set(CoreAnnotations.PositionAnnotation.class, position(position++));
            token.set(CoreAnnotations.AnswerAnnotation.class, background);
            document.add(token);
        }
        for (CoreLabel token : document) {
            if (shapes != null) {
                String word = token.get(CoreAnnotations.TextAnnotation.class);
                if (flags.wordFunction != null) {
                    word = flags.wordFunction.apply(word);
                }
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                    known.add(intern(word));
                }
                token.set(CoreAnnotations.ShapeAnnotation.class, shapes.shape(word, known, flags.intern));
            }
            token.set(CoreAnnotations.TextAnnotation.class, intern(token.get(CoreAnnotations.TextAnnotation.class)));
            if (token.get(CoreAnnotations.GoldAnswerAnnotation.class) == null) {
                token.set(CoreAnnotations.GoldAnswerAnnotation.class,
                        token.get(CoreAnnotations.AnswerAnnotation.class));
            }
        }
        return document;
    }

    private String intern(final String s) {
        return flags.intern ? s.intern() : s;
    }

    /** The interned string of a position, as CoreNLP sets it. */
    private static String position(final int position) {
        return position < POSITIONS.length ? POSITIONS[position] : Integer.toString(position).intern();
    }

    private static String[] positions(final int count) {
        final String[] positions = new String[count];
        for (int i = 0; i < count; i++) {
            positions[i] = Integer.toString(i).intern();
        }
        return positions;
    }

    /** CoreNLP keeps its token factory in a private field; null when it cannot be read. */
    @SuppressWarnings("unchecked")
    private static CoreTokenFactory<CoreLabel> tokenFactory(final AbstractSequenceClassifier<CoreLabel> crf) {
        try {
            final Field field = AbstractSequenceClassifier.class.getDeclaredField("tokenFactory");
            field.setAccessible(true);
            return (CoreTokenFactory<CoreLabel>) field.get(crf);
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            LOG.warn("event=crf_token_factory_unreadable reason=\"{}\"", e.toString());
            return null;
        }
    }
}
