package org.partnerhub.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Reads an id from a page's address ({@code ?customer=42}). What is not a number becomes an id
 * that no row has, so the page answers "not found" exactly as for another partner's id, instead
 * of a conversion error that leaves the page blank.
 */
@FacesConverter("id")
public class IdParameterConverter implements Converter<Long> {

    /** No row has it: ids come from sequences that start above zero. */
    static final long NO_SUCH_ID = -1;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return NO_SUCH_ID;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
