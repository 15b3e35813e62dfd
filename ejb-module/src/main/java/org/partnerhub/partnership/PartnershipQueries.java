package org.partnerhub.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.shared.NewestFirst;

/**
 * The caller's pending partnership requests, the provider directory, and what a request link
 * asks. The partnerships themselves, with what the two sides share, are channel.ChannelQueries.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class PartnershipQueries {

    private static final int DIRECTORY_PAGE = 100;
    static final int DECLINED_SHOWN_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivePartnerships activePartnerships;

    @EJB
    CurrentUser currentUser;

    @Inject
    Continuations continuations;

    /**
     * The request behind a link, refused exactly as accepting it would be (unknown, for another
     * partner, answered, revoked, expired), without changing anything.
     */
    public PartnershipInvitation invitation(@NotBlank String token) {
        Partner me = currentUser.require().getPartner();
        Partnership partnership = em.createQuery("""
                        select p from Partnership p join fetch p.provider left join fetch p.reseller
                        where p.linkHash = :hash""", Partnership.class)
                .setParameter("hash", LinkToken.hashOf(token.trim()))
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("partnership.link.unknown"));
        partnership.checkAnswerableBy(me, LocalDateTime.now(ZoneOffset.UTC));
        return PartnershipInvitation.of(partnership, me);
    }

    /** The name of the caller's active partnered reseller with this MPN ID: what Verify shows. */
    public String partneredResellerName(@NotBlank(message = "{partnerhub.required}") String mpnId) {
        return activePartnerships.resellerByMpnId(currentUser.partnerId(), mpnId.trim(), "mpnId").getName();
    }

    /**
     * The requests the caller's partnership pages list: pending ones both ways, newest first,
     * then the caller's own requests that the other side declined within the last
     * {@value #DECLINED_SHOWN_DAYS} days, so that the asking side learns the answer, and the
     * reason, where it looks for it. Each shows who sent it last, and when.
     */
    public List<PartnershipRequestRow> requests() {
        Partner me = currentUser.require().getPartner();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createQuery("""
                        select p from Partnership p join fetch p.provider left join fetch p.reseller
                          left join p.reseller r
                        where (p.provider = :me or r = :me)
                          and (p.status = org.partnerhub.partnership.PartnershipStatus.PENDING
                               or (p.status = org.partnerhub.partnership.PartnershipStatus.DECLINED
                                   and p.endedAt >= :since
                                   and ((p.requestedBySide = org.partnerhub.partnership.RequestingSide.PROVIDER
                                         and p.provider = :me)
                                        or (p.requestedBySide = org.partnerhub.partnership.RequestingSide.RESELLER
                                            and r = :me))))
                        order by p.requestedAt desc, p.id desc""", Partnership.class)
                .setParameter("me", me)
                .setParameter("since", now.minusDays(DECLINED_SHOWN_DAYS))
                .getResultList().stream()
                .map(p -> new PartnershipRequestRow(p.getId(), otherName(p, me), otherMpnId(p, me),
                        !p.isRequestedBy(me), p.getSentBy(), p.getSentAt(), p.getLinkExpiresAt(),
                        p.getLinkExpiresAt() != null && !now.isBefore(p.getLinkExpiresAt()),
                        p.getStatus() == PartnershipStatus.DECLINED, p.getEndedAt(), p.getEndReason()))
                .sorted(Comparator.comparing(PartnershipRequestRow::declined)) // pending first; stable
                .toList();
    }

    /** The other side's name, or, for a request by email nobody answered, the address it went to. */
    private static String otherName(Partnership partnership, Partner me) {
        Partner other = partnership.otherSide(me);
        return other != null ? other.getName() : partnership.getInvitedEmail();
    }

    private static String otherMpnId(Partnership partnership, Partner me) {
        Partner other = partnership.otherSide(me);
        return other != null ? other.getMpnId() : "";
    }

    /**
     * The caller's partnerships of every status (or of one), newest request first, a page at a
     * time by (requested at, id), from where the continuation says the last page ended.
     */
    public KeysetPage<PartnershipRow> page(PartnershipStatus status, String continuation,
            @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        Partner me = currentUser.require().getPartner();
        NewestFirst from = NewestFirst.resume(continuations, continuation, String.valueOf(me.getId()),
                List.of(status == null ? "" : status.name()));
        String only = from.filter().get(0);
        // An outer join for the reseller: a path in the "or" would be an inner join and drop a
        // request by email that no reseller answered yet.
        TypedQuery<Partnership> query = em.createQuery("select p from Partnership p join fetch p.provider"
                        + " left join fetch p.reseller left join p.reseller r where (p.provider = :me or r = :me)"
                        + (only.isEmpty() ? "" : " and p.status = :status") + from.after("p.requestedAt", "p.id")
                        + " order by p.requestedAt desc, p.id desc", Partnership.class)
                .setParameter("me", me);
        if (!only.isEmpty()) {
            query.setParameter("status", PartnershipStatus.valueOf(only));
        }
        return from.page(from.bind(query, size).getResultList().stream().map(p -> PartnershipRow.of(p, me)).toList(),
                size, PartnershipRow::requestedAt, PartnershipRow::id);
    }

    /** One of the caller's partnerships; another pair's is "not found". */
    public PartnershipRow partnership(long partnershipId) {
        Partner me = currentUser.require().getPartner();
        Partnership partnership = em.find(Partnership.class, partnershipId);
        if (partnership == null || !partnership.isSide(me)) {
            throw BusinessException.of("partnership.notFound");
        }
        return PartnershipRow.of(partnership, me);
    }

    /** Indirect providers whose name contains the text (all of them for no text), by name, at most 100. */
    public List<ProviderDirectoryRow> providerDirectory(@NotNull String text) {
        Partner me = currentUser.require().getPartner();
        String pattern = "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
        List<Partner> providers = em.createQuery("""
                        select p from Partner p
                        where p.type = org.partnerhub.partner.PartnerType.INDIRECT_PROVIDER
                          and lower(p.name) like :pattern escape '\\'
                        order by p.name, p.id""", Partner.class)
                .setParameter("pattern", pattern)
                .setMaxResults(DIRECTORY_PAGE)
                .getResultList();
        Map<Long, PartnershipStatus> mine = em.createQuery("""
                        select p from Partnership p
                        where p.reseller = :me
                          and p.status in (org.partnerhub.partnership.PartnershipStatus.PENDING,
                                           org.partnerhub.partnership.PartnershipStatus.ACTIVE)""", Partnership.class)
                .setParameter("me", me)
                .getResultList().stream()
                .collect(Collectors.toMap(p -> p.getProvider().getId(), Partnership::getStatus));
        return providers.stream()
                .map(p -> {
                    var profile = p.profile();
                    return new ProviderDirectoryRow(p.getId(), profile.name(), profile.country(),
                            profile.contactEmail(), profile.website(), profile.offering(), mine.get(p.getId()));
                })
                .toList();
    }
}
