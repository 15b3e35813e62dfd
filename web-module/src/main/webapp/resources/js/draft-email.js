/*
 * A draft email with a personal link (draft-email.xhtml). Nothing here goes back to the server: the user
 * sends the email itself. Both buttons refuse a text from which the personal link was removed,
 * and say so next to the message.
 */
var PartnerHub = window.PartnerHub || {};

PartnerHub.draft = function () {
    var form = document.getElementById('draft');
    return {
        link: form.getAttribute('data-link'),
        to: document.getElementById('draft-recipient').getAttribute('data-to'),
        subject: document.getElementById('draft:subject').value,
        body: document.getElementById('draft:body').value
    };
};

PartnerHub.linkKept = function (draft) {
    var kept = draft.body.indexOf(draft.link) >= 0;
    document.getElementById('link-missing').style.display = kept ? 'none' : 'block';
    document.getElementById('draft:body').classList.toggle('ui-state-error', !kept);
    document.getElementById('copied').style.display = 'none';
    return kept;
};

PartnerHub.openDraftInEmail = function () {
    var draft = PartnerHub.draft();
    if (PartnerHub.linkKept(draft)) {
        window.location.href = 'mailto:' + draft.to + '?subject=' + encodeURIComponent(draft.subject)
            + '&body=' + encodeURIComponent(draft.body);
    }
    return false;
};

PartnerHub.copyDraft = function () {
    var draft = PartnerHub.draft();
    if (!PartnerHub.linkKept(draft)) {
        return false;
    }
    var copied = function () {
        document.getElementById('copied').style.display = 'inline';
    };
    // The Clipboard API exists only on https and localhost; an intranet on plain http gets the
    // older selection copy.
    var bySelection = function () {
        var area = document.getElementById('draft:body');
        area.focus();
        area.select();
        if (document.execCommand('copy')) {
            copied();
        }
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(draft.body).then(copied, bySelection);
    } else {
        bySelection();
    }
    return false;
};
