package org.partnerhub.customeruser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partnerhub.account.Customer;
import org.partnerhub.security.PasswordHashing;

/** A user of the customer's tenant. Only the hash of its password is kept. */
@Entity
@Table(name = "customer_user")
public class CustomerUser {

    @Id
    @SequenceGenerator(name = "customer_user_seq", sequenceName = "customer_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_user_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String userName;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "display_name_key", nullable = false)
    private String displayNameKey;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "usage_location")
    private String usageLocation;

    /** A blocked user cannot sign in; its licenses stay assigned. */
    @Column(nullable = false)
    private boolean blocked;

    protected CustomerUser() {
        // for JPA
    }

    private CustomerUser(Customer customer, String userName, String displayName, boolean administrator,
            String passwordHash) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.userName = userName;
        this.displayName = displayName;
        this.administrator = administrator;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.displayNameKey = displayName.toLowerCase(Locale.ROOT);
    }

    /** A user a partner adds to the customer, with a temporary password (hashed by the caller). */
    public static CustomerUser of(Customer customer, NewCustomerUser details, String passwordHash) {
        CustomerUser user = new CustomerUser(customer, details.getUserName() + "@" + customer.domain(),
                details.effectiveDisplayName(), details.isAdministrator(), passwordHash);
        user.firstName = details.getFirstName().trim();
        user.lastName = details.getLastName().trim();
        user.contactEmail = details.getContactEmail();
        user.usageLocation = details.getUsageLocation();
        return user;
    }

    /** A new temporary password; the old one stops working. */
    public void resetPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void block(boolean block) {
        this.blocked = block;
    }

    public boolean isBlocked() {
        return blocked;
    }

    /** The customer's first user, {@code admin@<domain>}, who administers its tenant. */
    public static CustomerUser firstAdmin(Customer customer, String passwordHash) {
        return new CustomerUser(customer, adminUserName(customer), "Admin", true, passwordHash);
    }

    public static String adminUserName(Customer customer) {
        return "admin@" + customer.domain();
    }

    /** Whether this is an administrator of its customer who signs in with this password. */
    public boolean isAdministratorWith(char[] password, PasswordHashing hashing) {
        // The hash is checked whatever the flags say, so every refusal costs the same time.
        boolean matches = passwordHash == null ? hashing.verifyDecoy(password) : hashing.verify(password, passwordHash);
        return administrator && !blocked && matches;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public Customer getCustomer() {
        return customer;
    }

    public CustomerUserRow toRow() {
        return new CustomerUserRow(id, version, userName, displayName, administrator, firstName, lastName, contactEmail,
                usageLocation, blocked, List.of());
    }

    public Long getId() {
        return id;
    }

    public String getUserName() {
        return userName;
    }
}
