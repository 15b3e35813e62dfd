package org.partnerhub.activity;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.audit.AuditRecord;

/** A page of the audit log and, when more follow, the continuation that reads the next page. */
public record AuditPage(List<AuditRecord> items, String next) implements Serializable {
}
