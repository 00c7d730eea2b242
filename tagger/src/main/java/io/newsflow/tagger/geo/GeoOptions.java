package io.newsflow.tagger.geo;

/**
 * What the place resolver offers as a place, for consumers and corpora that count differently.
 *
 * @param namesInOrganizations a country or state named inside an organization's name ("Texas A&amp;M
 *     University", "Air Zimbabwe") is a place mention (default: yes; it says where the organization is)
 * @param demonyms a demonym or adjective of a country ("Russian", "British") and "EU" are place mentions of
 *     their country or of the Union (default: no; most consumers read them as attributes, not places)
 * @param placeAtFocus a name the gazetteer cannot resolve (a creek, a street, a hamlet) is put at the
 *     article's focus, its most mentioned town or county, without GeoNames id (default: yes)
 */
public record GeoOptions(boolean namesInOrganizations, boolean demonyms, boolean placeAtFocus) {

    public static final GeoOptions DEFAULT = new GeoOptions(true, false, true);

    public GeoOptions withNamesInOrganizations(final boolean on) {
        return new GeoOptions(on, demonyms, placeAtFocus);
    }

    public GeoOptions withDemonyms(final boolean on) {
        return new GeoOptions(namesInOrganizations, on, placeAtFocus);
    }

    public GeoOptions withPlaceAtFocus(final boolean on) {
        return new GeoOptions(namesInOrganizations, demonyms, on);
    }
}
