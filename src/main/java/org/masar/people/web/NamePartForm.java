package org.masar.people.web;

import org.jspecify.annotations.Nullable;
import org.masar.people.NamePart;

/** One part of a name on the form: its Arabic-script and Latin-script spellings, as typed. */
public class NamePartForm {

    private @Nullable String ar;
    private @Nullable String lat;

    /** An empty part. */
    public NamePartForm() {}

    static NamePartForm of(NamePart part) {
        NamePartForm form = new NamePartForm();
        form.ar = part.ar();
        form.lat = part.lat();
        return form;
    }

    NamePart toPart() {
        return new NamePart(ar, lat);
    }

    public @Nullable String getAr() {
        return ar;
    }

    public void setAr(@Nullable String ar) {
        this.ar = ar;
    }

    public @Nullable String getLat() {
        return lat;
    }

    public void setLat(@Nullable String lat) {
        this.lat = lat;
    }
}
