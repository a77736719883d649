package org.masar.people.web;

import java.util.Arrays;
import org.masar.people.DocumentType;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the person form's pickers offer, for the registration page and the correction form on a person's record. */
@Component
class PersonFormChoices {

    static final int MAX_PHONES = 5;
    static final int MAX_DOCUMENTS = 10;

    private final PlaceChoices places;
    private final PeopleLabels labels;

    PersonFormChoices(PlaceChoices places, PeopleLabels labels) {
        this.places = places;
        this.labels = labels;
    }

    void addTo(Model model) {
        model.addAttribute("labels", labels);
        model.addAttribute("sexes", Arrays.asList(Sex.values()));
        model.addAttribute("populationGroups", Arrays.asList(PopulationGroup.values()));
        model.addAttribute("documentTypes", Arrays.asList(DocumentType.values()));
        model.addAttribute("countries", labels.countries());
        model.addAttribute("languages", labels.languages());
        model.addAttribute("baladiyaByMantika", places.baladiyaByMantika());
        model.addAttribute("sites", places.sites());
        model.addAttribute("maxPhones", MAX_PHONES);
        model.addAttribute("maxDocuments", MAX_DOCUMENTS);
    }
}
