package org.partnerhub.adminrelationship;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a partner asks a customer for: a name the customer recognises, admin roles, a duration
 * in days and whether it extends itself. The entity refuses what does not fit, field by field.
 */
public class NewAdminRelationship implements Serializable {

    private String name;
    private Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
    private Integer durationDays;
    private boolean autoExtend;

    public NewAdminRelationship() {
    }

    public NewAdminRelationship(String name, Set<AdminRole> roles, Integer durationDays, boolean autoExtend) {
        this.name = name;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(AdminRole.class) : EnumSet.copyOf(roles);
        this.durationDays = durationDays;
        this.autoExtend = autoExtend;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<AdminRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<AdminRole> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(AdminRole.class) : EnumSet.copyOf(roles);
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public boolean isAutoExtend() {
        return autoExtend;
    }

    public void setAutoExtend(boolean autoExtend) {
        this.autoExtend = autoExtend;
    }
}
