package org.masar.people.web;

import java.io.IOException;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PhotoRejected;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's photo: shown to those who may read the person, never cached by the browser or a proxy (a shared phone
 * must not keep it), and replaced through a form on the person's page.
 */
@Controller
class PhotoPages {

    private final People people;

    PhotoPages(People people) {
        this.people = people;
    }

    @GetMapping("/people/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable PersonId id) {
        return people.photo(id)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore())
                        .body(photo.jpeg()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/people/{id}/photo")
    String replace(@PathVariable PersonId id, @RequestParam("photo") MultipartFile photo) {
        byte[] picture;
        try {
            picture = photo.getBytes();
        } catch (IOException unreadable) {
            throw new PhotoRejected();
        }
        people.replacePhoto(id, picture);
        return "redirect:/people/" + id;
    }
}
