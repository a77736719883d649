package org.masar.collect.internal.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.javarosa.core.model.FormDef;
import org.javarosa.xform.util.XFormUtils;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.XlsFormInvalid;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Test support: converts a markdown XLSForm, queries the XForm with XPath as pyxform's tests do, loads it in JavaRosa. */
final class XlsFormTestSupport {

    private XlsFormTestSupport() {}

    static ConvertedXForm convert(String markdown) {
        return XlsFormConverter.convert(XlsFormWorkbooks.xlsx(markdown), "data.xlsx");
    }

    static List<XlsFormInvalid.Error> errors(String markdown) {
        XlsFormInvalid invalid = catchThrowableOfType(XlsFormInvalid.class, () -> convert(markdown));
        assertThat(invalid).as("the form is refused").isNotNull();
        return invalid.errors();
    }

    static Document dom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** The nodes an XPath finds; prefixes x (XForms), h, jr, odk, orx, entities as in pyxform's tests. */
    static NodeList nodes(String xml, String xpath) {
        try {
            var path = XPathFactory.newInstance().newXPath();
            path.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "x" -> XlsFormConverter.XF;
                        case "h" -> XlsFormConverter.H;
                        case "jr" -> XlsFormConverter.JR;
                        case "odk" -> XlsFormConverter.ODK;
                        case "orx" -> XlsFormConverter.ORX;
                        case "entities" -> XlsFormConverter.ENTITIES;
                        default -> null;
                    };
                }

                @Override
                public String getPrefix(String namespaceURI) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                    return null;
                }
            });
            return (NodeList) path.evaluate(xpath, dom(xml), XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** Asserts that each XPath finds exactly one node. */
    static void assertMatches(String xml, String... xpaths) {
        for (String xpath : xpaths) {
            assertThat(nodes(xml, xpath).getLength())
                    .as("%s%nin%n%s", xpath, xml)
                    .isEqualTo(1);
        }
    }

    /** Fills the form in JavaRosa with these answers by question name, and returns the instance it would submit. */
    static String fill(String xml, java.util.Map<String, org.javarosa.core.model.data.IAnswerData> answers) {
        FormDef form = javaRosa(xml);
        form.initialize(true, new org.javarosa.core.model.instance.InstanceInitializationFactory());
        var model = new org.javarosa.form.api.FormEntryModel(form);
        var controller = new org.javarosa.form.api.FormEntryController(model);
        for (int event = controller.stepToNextEvent();
                event != org.javarosa.form.api.FormEntryController.EVENT_END_OF_FORM;
                event = controller.stepToNextEvent()) {
            if (event == org.javarosa.form.api.FormEntryController.EVENT_QUESTION) {
                var answer = answers.get(
                        model.getQuestionPrompt().getIndex().getReference().getNameLast());
                if (answer != null) {
                    assertThat(controller.answerQuestion(answer, true))
                            .isEqualTo(org.javarosa.form.api.FormEntryController.ANSWER_OK);
                }
            }
        }
        try {
            form.postProcessInstance();
            return new String(
                    new org.javarosa.model.xform.XFormSerializingVisitor().serializeInstance(form.getInstance()),
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static FormDef javaRosa(String xml) {
        try {
            return XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("JavaRosa refused the form: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
