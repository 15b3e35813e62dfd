package org.partnerhub.customeruser;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An import as the Users page shows it; resultWaiting while its result file has not been downloaded. */
public record ImportView(long id, String fileName, String createdBy, LocalDateTime createdAt, int fileRows,
        int rowsToImport, int processed, ImportStatus status, String failure, LocalDateTime finishedAt,
        boolean resultWaiting) implements Serializable {

    /** How far it got, 0 to 100. */
    public int getPercent() {
        return rowsToImport == 0 ? 100 : (int) (100L * processed / rowsToImport);
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }
}
