package org.partnerhub.customeruser;

import java.io.Serializable;
import java.util.List;

/** A page of a customer's users and, when more follow, the continuation that reads the next page. */
public record CustomerUserPage(List<CustomerUserRow> items, String next) implements Serializable {
}
