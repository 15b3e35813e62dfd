/** The Referrals workspace: the lists of leads, a new lead, one lead and what is done to it, the CSV import. */
package org.partnerhub.web.referral;
