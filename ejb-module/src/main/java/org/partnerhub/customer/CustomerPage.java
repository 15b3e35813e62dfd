package org.partnerhub.customer;

import java.io.Serializable;
import java.util.List;

/** A page of customers and, when more follow, the continuation that reads the next page. */
public record CustomerPage(List<CustomerAccount> items, String next) implements Serializable {
}
