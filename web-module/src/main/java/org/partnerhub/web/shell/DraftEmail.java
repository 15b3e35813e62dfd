package org.partnerhub.web.shell;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;
import org.partnerhub.shared.Language;

/**
 * An email with a personal link that the user sends from its own mail program: the partnership
 * request and the relationship invitation draft one each, and WEB-INF/templates/draft-email.xhtml
 * shows it. Its texts are message patterns over the same arguments: {0} and {1} the names in it,
 * {2} the link, {3} the day the link expires, {4} the sender.
 */
public final class DraftEmail implements Serializable {

    private final String subjectKey;
    private final String bodyKey;
    private final String firstName;
    private final String secondName;
    private final String url;
    private final LocalDateTime expiresAt;
    private final String sender;
    private Language language;
    private String subject;
    private String body;
    /** The message Partner Hub queued for it (Send, with an SMTP server), or null. */
    private Long mailId;

    public DraftEmail(String subjectKey, String bodyKey, String firstName, String secondName, String url,
            LocalDateTime expiresAt, String sender, Language language) {
        this.subjectKey = subjectKey;
        this.bodyKey = bodyKey;
        this.firstName = firstName;
        this.secondName = secondName;
        this.url = url;
        this.expiresAt = expiresAt;
        this.sender = sender;
        this.language = language;
        draft();
    }

    /** Writes the email again in the chosen language; edits to the earlier text are replaced. */
    public void draft() {
        Locale locale = language.locale();
        String until = PersonalLinks.longDate(expiresAt, locale);
        subject = Messages.textIn(locale, subjectKey, firstName, secondName);
        body = Messages.textIn(locale, bodyKey, firstName, secondName, url, until, sender);
    }

    /** The day the link expires, in the user's own language. */
    public String getExpiresOn() {
        return PersonalLinks.longDate(expiresAt);
    }

    /** Sent by Partner Hub as that message: Send is done, its status shows instead. */
    public void sentAs(long queuedMailId) {
        mailId = queuedMailId;
    }

    public Long getMailId() {
        return mailId;
    }

    /** The personal link is still in the text the user edited: without it the email is useless. */
    public boolean keepsLink() {
        return body != null && body.contains(url);
    }

    public String getUrl() {
        return url;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
