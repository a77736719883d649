package org.masar.collect.internal.xlsform;

import org.masar.collect.ConvertedXForm;
import org.masar.collect.XlsForms;
import org.springframework.stereotype.Service;

/** The one XLSForm converter bean: Masar's own ({@link XlsFormConverter}); it holds no state between workbooks. */
@Service
class XlsFormsService implements XlsForms {

    @Override
    public ConvertedXForm convert(byte[] workbook, String fileName) {
        return XlsFormConverter.convert(workbook, fileName);
    }
}
