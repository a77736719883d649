package org.masar.people.web;

import java.util.List;
import java.util.Locale;
import org.masar.people.DuplicatePair;
import org.masar.people.Duplicates;
import org.masar.people.MergeRefused;
import org.masar.people.PairNotFound;
import org.masar.people.PersonId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's queue of likely duplicates: each pair side by side, with the engine's reasons; keep one record and
 * merge the other into it, or record that they are not the same person. A merge can be undone from the message that
 * confirms it. The face checks {@code people:merge} and the scopes, and audits what a supervisor sees outside them.
 */
@Controller
@RequestMapping("/people/duplicates")
class DuplicatePages {

    static final int PAGE_SIZE = 20;

    private final Duplicates duplicates;
    private final MessageSource messages;

    DuplicatePages(Duplicates duplicates, MessageSource messages) {
        this.duplicates = duplicates;
        this.messages = messages;
    }

    /**
     * A pair as the page shows it.
     *
     * @param percent the engine's score in whole percent
     * @param reasons the engine's reasons in the user's language
     */
    record PairView(DuplicatePair pair, List<DuplicatePair.Side> sides, int percent, List<String> reasons) {

        public String one() {
            return pair.one().person().id().toString();
        }

        public String other() {
            return pair.other().person().id().toString();
        }
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        PageJson<PairView> pairs =
                duplicates.openPairs(new Paging(page, PAGE_SIZE)).map(pair -> view(pair, locale));
        model.addAttribute("pairs", pairs);
        model.addAttribute("pages", pairs.pageCount());
        return "people/duplicates/queue";
    }

    /** Keeps {@code survivor}, one of the pair, and merges the other into it. */
    @PostMapping("/{one}/{other}/merge")
    String merge(
            @PathVariable PersonId one,
            @PathVariable PersonId other,
            @RequestParam PersonId survivor,
            RedirectAttributes redirect) {
        if (!survivor.equals(one) && !survivor.equals(other)) {
            throw new PairNotFound(one, other);
        }
        PersonId merged = survivor.equals(one) ? other : one;
        try {
            duplicates.merge(merged, survivor);
            redirect.addFlashAttribute("flash", "people.duplicates.merged");
            redirect.addFlashAttribute("undoMerged", merged.toString());
        } catch (MergeRefused refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/people/duplicates";
    }

    @PostMapping("/{one}/{other}/not-same")
    String notSame(@PathVariable PersonId one, @PathVariable PersonId other, RedirectAttributes redirect) {
        try {
            duplicates.notSame(one, other);
            redirect.addFlashAttribute("flash", "people.duplicates.not-same-recorded");
        } catch (MergeRefused refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/people/duplicates";
    }

    @PostMapping("/undo/{merged}")
    String undo(@PathVariable PersonId merged, RedirectAttributes redirect) {
        try {
            duplicates.unmerge(merged);
            redirect.addFlashAttribute("flash", "people.duplicates.unmerged");
        } catch (MergeRefused refused) {
            redirect.addFlashAttribute("problemCode", refused.code());
        }
        return "redirect:/people/duplicates";
    }

    private PairView view(DuplicatePair pair, Locale locale) {
        return new PairView(
                pair,
                List.of(pair.one(), pair.other()),
                (int) Math.round(pair.score() * 100),
                pair.reasons().stream()
                        .map(reason -> messages.getMessage(
                                reason.messageKey(), reason.args().toArray(), reason.code(), locale))
                        .toList());
    }
}
