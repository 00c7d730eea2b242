package io.newsflow.tagger.ner;

/** The corrections newsflow makes on top of the CRF, each switchable so that each can be measured. */
public enum Step {
    /** Where the CRF is unsure, a second CRF trained on newswire reads the sentence too; MISC is no entity. */
    SECOND_OPINION,
    /** Reads ALL-CAPS sentences (headlines, tables) in their restored case. */
    TRUECASE,
    /** Drops punctuation at the edges of a name ("-- Jane Doe"). */
    TRIM,
    /** Drops a name glued into a hyphenated word: "Geneva-based", "U.N.-brokered". */
    COMPOUNDS,
    /** A name starts at the start of its word: "Ata-ur-Rehman", not "Rehman". */
    WORD_START,
    /** Countries are places; known places are not people; known organizations are not places. */
    LEXICON,
    /** A place name that scores in a results table is a team. */
    RESULTS,
    /** One type per name across the article, and every occurrence of a name tagged somewhere. */
    CONSISTENCY,
    /** "Williams" after "Stephanie Williams" is the same person. */
    NAME_PARTS,
    /** "Nordsk" after "Nordsk Shipping" is the company; "Harbor Logistics Inc" is "Harbor Logistics". */
    ORG_PARTS,
    /** "U.N." and "UN" are the United Nations; "(JMC)" after "Joint Military Commission" is it too. */
    ACRONYMS,
    /** "Foreign Minister Sergey Lavrov": the person is Sergey Lavrov, his role Foreign Minister. */
    TITLES,
    /** "in Hutchinson": a lone name after a preposition of place is a place, not a person. */
    PLACE_CUES,
    /** "Comelf said it", "shares of Magna", "Zycie Warszawy daily": only an organization is written so. */
    ORG_CUES,
    /** "UEFA Cup", "U.S. Open": the name of an event is none of a person, an organization, a place. */
    EVENTS
}
