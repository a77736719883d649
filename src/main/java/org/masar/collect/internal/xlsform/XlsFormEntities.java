package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.ENTITIES_SHEET;
import static org.masar.collect.internal.xlsform.XlsFormConverter.XF;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.cells;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The entities sheet (ODK entities, spec 2024.1): its one entity, checked when read, and the
 * {@code meta/entity} element with its binds and actions (id, create and update conditions, label, the versions an
 * update reads from the dataset's list).
 */
final class XlsFormEntities {

    /** The entities sheet's one row. */
    record Entity(int row, String dataset, String label, String createIf, String updateIf, String entityId) {}

    private @Nullable Entity entity;
    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final Document doc;
    private final List<Element> binds;
    private final List<Element> modelActions;
    private final Node root;
    private final XlsFormExpressions expressions;
    private final Map<String, Element> externalInstances;

    XlsFormEntities(
            XlsFormErrors errors, XlsFormDom dom, Node root, XlsFormExpressions expressions, XlsFormChoices choices) {
        this.errors = errors;
        this.dom = dom;
        this.doc = dom.doc;
        this.binds = dom.binds;
        this.modelActions = dom.modelActions;
        this.root = root;
        this.expressions = expressions;
        this.externalInstances = choices.externalInstances;
    }

    /** Whether the workbook declares an entity. */
    boolean declared() {
        return entity != null;
    }

    void readEntities(@Nullable SheetData sheet) {
        if (sheet == null || sheet.rows().isEmpty()) {
            return;
        }
        if (sheet.rows().size() > 1) {
            errors.error(
                    ENTITIES_SHEET, sheet.rows().get(1).number(), "The entities sheet may declare only one entity.");
        }
        SheetRow row = sheet.rows().getFirst();
        Map<String, String> cells = cells(row);
        String dataset = cells.getOrDefault("list_name", "");
        if (dataset.isEmpty()) {
            errors.error(ENTITIES_SHEET, row.number(), "The entity has no list_name (the dataset it belongs to).");
        } else if (!NAME.matcher(dataset).matches() || dataset.startsWith("__") || dataset.contains(".")) {
            errors.error(ENTITIES_SHEET, row.number(), "The list_name '" + dataset + "' is not a valid dataset name.");
        }
        String entityId = cells.getOrDefault("entity_id", "");
        String label = cells.getOrDefault("label", "");
        if (label.isEmpty() && entityId.isEmpty()) {
            errors.error(
                    ENTITIES_SHEET, row.number(), "The entity has no label: an entity created by the form needs one.");
        }
        if (!cells.getOrDefault("update_if", "").isEmpty() && entityId.isEmpty()) {
            errors.error(ENTITIES_SHEET, row.number(), "The entity has an update_if but no entity_id.");
        }
        entity = new Entity(
                row.number(),
                dataset,
                label,
                cells.getOrDefault("create_if", ""),
                cells.getOrDefault("update_if", ""),
                entityId);
    }

    void entity(Element meta, Node metaNode) {
        Entity e = entity;
        Element element = doc.createElementNS(XF, "entity");
        element.setAttribute("dataset", e.dataset());
        element.setAttribute("id", "");
        String base = root.path() + "/meta/entity";
        boolean update = !e.entityId().isEmpty();
        boolean create = !update || !e.createIf().isEmpty();
        if (create) {
            element.setAttribute("create", "1");
        }
        if (update) {
            element.setAttribute("update", "1");
            element.setAttribute("baseVersion", "");
            element.setAttribute("trunkVersion", "");
            element.setAttribute("branchId", "");
        }
        Element label = dom.xf("label");
        element.appendChild(label);
        meta.appendChild(element);
        Element idBind = dom.xf("bind");
        idBind.setAttribute("nodeset", base + "/@id");
        idBind.setAttribute("readonly", "true()");
        idBind.setAttribute("type", "string");
        if (update) {
            idBind.setAttribute(
                    "calculate", expressions.expression(e.entityId(), metaNode, ENTITIES_SHEET, e.row(), "entity_id"));
        } else {
            Element setvalue = dom.xf("setvalue");
            setvalue.setAttribute("event", "odk-instance-first-load");
            setvalue.setAttribute("ref", base + "/@id");
            setvalue.setAttribute("value", "uuid()");
            modelActions.add(setvalue);
        }
        binds.add(idBind);
        if (!e.createIf().isEmpty()) {
            Element bind = dom.xf("bind");
            bind.setAttribute(
                    "calculate", expressions.expression(e.createIf(), metaNode, ENTITIES_SHEET, e.row(), "create_if"));
            bind.setAttribute("nodeset", base + "/@create");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
        if (!e.updateIf().isEmpty()) {
            Element bind = dom.xf("bind");
            bind.setAttribute(
                    "calculate", expressions.expression(e.updateIf(), metaNode, ENTITIES_SHEET, e.row(), "update_if"));
            bind.setAttribute("nodeset", base + "/@update");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
        if (update) {
            for (String[] version : List.of(
                    new String[] {"baseVersion", "__version"},
                    new String[] {"trunkVersion", "__trunkVersion"},
                    new String[] {"branchId", "__branchId"})) {
                Element bind = dom.xf("bind");
                bind.setAttribute(
                        "calculate",
                        "instance('" + e.dataset() + "')/root/item[name= " + base + "/@id ]/" + version[1]);
                bind.setAttribute("nodeset", base + "/@" + version[0]);
                bind.setAttribute("readonly", "true()");
                bind.setAttribute("type", "string");
                binds.add(bind);
            }
            if (!externalInstances.containsKey(e.dataset())) {
                // pyxform leaves the list to the form (a select_one_from_file or csv-external of the dataset).
                errors.error(
                        ENTITIES_SHEET,
                        e.row(),
                        "An entity the form updates needs its dataset's list in the form: add a select_one_from_file "
                                + e.dataset() + ".csv or a csv-external named " + e.dataset() + ".");
            }
        }
        if (!e.label().isEmpty()) {
            Element bind = dom.xf("bind");
            bind.setAttribute(
                    "calculate", expressions.expression(e.label(), metaNode, ENTITIES_SHEET, e.row(), "label"));
            bind.setAttribute("nodeset", base + "/label");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
    }
}
