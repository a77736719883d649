package org.masar.collect.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.masar.collect.FormMedia;
import org.masar.collect.FormNotFound;
import org.masar.collect.FormServer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The OpenRosa form list, form downloads, manifests and media, as ODK Collect, KoboCollect and Enketo call them (the
 * server URL a phone is given is Masar's base URL). The documents are written with the JDK's StAX writer.
 */
@RestController
class OpenRosaEndpoints {

    static final String XFORMS_LIST = "http://openrosa.org/xforms/xformsList";
    static final String MANIFEST = "http://openrosa.org/xforms/xformsManifest";
    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final FormServer forms;

    OpenRosaEndpoints(FormServer forms) {
        this.forms = forms;
    }

    /** The form list; {@code formID} narrows it to one form, as the OpenRosa Form List API allows. */
    @GetMapping("/formList")
    ResponseEntity<byte[]> formList(@RequestParam(name = "formID", required = false) @Nullable String formId) {
        List<FormServer.Listed> listed = forms.formList().stream()
                .filter(form -> formId == null || formId.equals(form.formId()))
                .toList();
        return xml(writer -> {
            writer.writeStartElement("xforms");
            writer.writeDefaultNamespace(XFORMS_LIST);
            for (FormServer.Listed form : listed) {
                writer.writeStartElement("xform");
                element(writer, "formID", form.formId());
                element(writer, "name", form.title());
                element(writer, "version", form.version());
                element(writer, "hash", "md5:" + form.md5());
                element(writer, "downloadUrl", url(form.formId(), form.versionId(), "form.xml"));
                if (form.hasMedia()) {
                    element(writer, "manifestUrl", url(form.formId(), form.versionId(), "manifest"));
                }
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    @GetMapping("/forms/{formId}/versions/{versionId}/form.xml")
    ResponseEntity<byte[]> download(@PathVariable String formId, @PathVariable String versionId) {
        FormServer.Definition definition = forms.definition(formId, version(formId, versionId));
        return ResponseEntity.ok()
                .contentType(XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(formId + ".xml", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(definition.xml().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/forms/{formId}/versions/{versionId}/manifest")
    ResponseEntity<byte[]> manifest(@PathVariable String formId, @PathVariable String versionId) {
        UUID version = version(formId, versionId);
        List<FormMedia> media = forms.manifest(formId, version);
        return xml(writer -> {
            writer.writeStartElement("manifest");
            writer.writeDefaultNamespace(MANIFEST);
            for (FormMedia file : media) {
                writer.writeStartElement("mediaFile");
                element(writer, "filename", file.filename());
                element(writer, "hash", "md5:" + file.md5());
                element(writer, "downloadUrl", url(formId, version, "media", file.filename()));
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    @GetMapping("/forms/{formId}/versions/{versionId}/media/{filename}")
    ResponseEntity<byte[]> media(
            @PathVariable String formId, @PathVariable String versionId, @PathVariable String filename) {
        FormServer.MediaContent content = forms.media(formId, version(formId, versionId), filename);
        MediaType type;
        try {
            type = MediaType.parseMediaType(content.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content.bytes());
    }

    private static UUID version(String formId, String versionId) {
        try {
            return UUID.fromString(versionId);
        } catch (IllegalArgumentException e) {
            throw new FormNotFound(formId);
        }
    }

    private static String url(String formId, UUID versionId, String... tail) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .pathSegment("forms", formId, "versions", versionId.toString())
                .pathSegment(tail)
                .build()
                .encode()
                .toUriString();
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static ResponseEntity<byte[]> xml(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an OpenRosa document", e);
        }
        return ResponseEntity.ok().contentType(XML).body(out.toByteArray());
    }

    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }
}
