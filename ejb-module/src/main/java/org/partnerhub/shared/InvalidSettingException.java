package org.partnerhub.shared;

/** A deployment setting is missing or wrong; the message names the setting and nothing secret. */
public class InvalidSettingException extends IllegalStateException {

    public InvalidSettingException(Settings setting, String problem) {
        super("Partner Hub cannot start: setting " + setting.environmentVariable()
                + " (or system property " + setting.systemProperty() + ") " + problem);
    }
}
