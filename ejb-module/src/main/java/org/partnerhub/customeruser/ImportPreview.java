package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.List;

/** A checked file before anything is written: its lines with their problems, and the counts. */
public record ImportPreview(String token, String fileName, List<ImportRow> rows, int valid, int invalid)
        implements Serializable {
}
