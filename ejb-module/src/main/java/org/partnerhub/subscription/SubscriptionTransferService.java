package org.partnerhub.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.partner.Partner;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.NewestFirst;
import org.partnerhub.shared.PeriodSettings;

/**
 * Moving subscriptions between partners: the partner that wants them (it must act for the
 * customer) asks, the partner of record approves or rejects. Approval moves every requested
 * subscription in one transaction; both sides' audit logs keep each step.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class SubscriptionTransferService {

    /** Where both sides see and answer transfers. */
    private static final String TRANSFERS_PAGE = "/subscription/transfers.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerSubscriptions customerSubscriptions;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    PartnerOfRecord partnerOfRecord;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Notifications notifications;

    @EJB
    CurrentUser currentUser;

    @EJB
    PeriodSettings periods;

    @Inject
    Continuations continuations;

    /** The customer's subscriptions another partner holds that the caller may ask for. */
    public List<SubscriptionRow> transferable(long customerId) {
        long partnerId = currentUser.partnerId();
        activeRelationships.of(partnerId, customerId);
        Set<Long> asked = openlyRequested(customerId);
        return customerSubscriptions.of(customerId).stream()
                .filter(row -> !row.isBoughtThrough(partnerId) && (row.isActive() || row.isSuspended())
                        && !asked.contains(row.id()))
                .toList();
    }

    /**
     * Asks for subscriptions of the customer; an indirect reseller asks through one of its
     * partnered providers that serves the customer ({@link PartnerOfRecord}), anyone else
     * names none.
     *
     * @return the request's id
     */
    public long request(long customerId, @NotNull List<Long> subscriptionIds, Long providerId) {
        Caller actor = currentUser.require();
        Partner requester = actor.getPartner();
        activeRelationships.of(requester.getId(), customerId);
        PartnerOfRecord.Buyer buyer = partnerOfRecord.forSeller(requester, providerId, customerId, "provider");
        Partner viaProvider = buyer.credited() == null ? null : buyer.partnerOfRecord();
        Set<Long> asked = openlyRequested(customerId);
        List<Subscription> wanted = subscriptionIds.stream().distinct().map(id -> {
            Subscription subscription = em.find(Subscription.class, id);
            if (subscription == null || subscription.getCustomer().getId() != customerId) {
                throw new BusinessException("subscription.notFound", "subscriptions");
            }
            if (asked.contains(id)) {
                throw new BusinessException("transfer.alreadyRequested", "subscriptions", subscription.getOffer().getNames());
            }
            return subscription;
        }).toList();
        SubscriptionTransfer transfer = new SubscriptionTransfer(requester, viaProvider, wanted, actor.actorName(), now(),
                periods.transferRequests());
        em.persist(transfer);
        em.flush();
        audit(actor, AuditAction.TRANSFER_REQUESTED, transfer, Summary.of("requestedBy", requester.getName()));
        notifications.toAdmins(transfer.getFromPartner(), NotificationKind.TRANSFER_TO_APPROVE,
                notice(transfer, requester), TRANSFERS_PAGE);
        return transfer.getId();
    }

    /**
     * The caller's requests and those it is asked to approve, newest first, a page at a time by
     * (requested at, id), from where the continuation says the last page ended.
     */
    public KeysetPage<TransferRow> page(String continuation, @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        long partnerId = currentUser.partnerId();
        NewestFirst from = NewestFirst.resume(continuations, continuation, String.valueOf(partnerId), List.of());
        TypedQuery<SubscriptionTransfer> query = em.createQuery("select t from SubscriptionTransfer t"
                        + " join fetch t.customer join fetch t.fromPartner join fetch t.toPartner"
                        + " where (t.fromPartner.id = :partner or t.toPartner.id = :partner)"
                        + from.after("t.requestedAt", "t.id") + " order by t.requestedAt desc, t.id desc",
                        SubscriptionTransfer.class)
                .setParameter("partner", partnerId);
        LocalDateTime now = now();
        return from.page(from.bind(query, size).getResultList().stream().map(t -> rowOf(t, partnerId, now)).toList(),
                size, TransferRow::requestedAt, TransferRow::id);
    }

    /** One request of the caller's or to the caller; another partner's is "not found". */
    public TransferRow transfer(long transferId) {
        long partnerId = currentUser.partnerId();
        SubscriptionTransfer transfer = em.find(SubscriptionTransfer.class, transferId);
        if (transfer == null || !(transfer.isDecidedBy(partnerId) || transfer.getToPartner().getId() == partnerId)) {
            throw BusinessException.of("transfer.notFound");
        }
        return rowOf(transfer, partnerId, now());
    }

    private static TransferRow rowOf(SubscriptionTransfer transfer, long partnerId, LocalDateTime now) {
        boolean incoming = transfer.isDecidedBy(partnerId);
        return new TransferRow(transfer.getId(), incoming, transfer.getCustomer().getId(),
                transfer.getCustomer().getCompanyName(),
                (incoming ? transfer.getToPartner() : transfer.getFromPartner()).getName(),
                transfer.getSubscriptions().stream()
                        .map(s -> new TransferRow.Item(s.getOffer().getNames(), s.getLicenses())).toList(),
                transfer.getSubscriptions().stream().map(Subscription::getId).sorted().toList(),
                transfer.statusAt(now), transfer.getRequestedBy(), transfer.getRequestedAt(), transfer.getExpiresAt(),
                transfer.getDecidedBy(), transfer.getDecisionReason(),
                transfer.getViaProvider() == null ? null : transfer.getViaProvider().getName());
    }

    public void approve(long transferId) {
        Caller actor = currentUser.require();
        SubscriptionTransfer transfer = toDecide(actor, transferId);
        long customerId = transfer.getCustomer().getId();
        if (!activeRelationships.exists(transfer.getToPartner().getId(), customerId)) {
            throw BusinessException.of("transfer.requesterLeft");
        }
        Partner provider = transfer.getViaProvider();
        if (provider != null) {
            try {
                partnerOfRecord.forSeller(transfer.getToPartner(), provider.getId(), customerId, "provider");
            } catch (BusinessException noLonger) {
                throw new BusinessException("transfer.providerLeft", null, provider.getName());
            }
        }
        transfer.approve(actor.actorName(), now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.of("subscription.changedMeanwhile");
        }
        audit(actor, AuditAction.TRANSFER_APPROVED, transfer, Summary.of("approvedBy", actor.getPartner().getName()));
        notifications.toAdmins(transfer.getToPartner(), NotificationKind.TRANSFER_APPROVED,
                notice(transfer, actor.getPartner()), TRANSFERS_PAGE);
    }

    public void reject(long transferId, @NotNull String reason) {
        Caller actor = currentUser.require();
        SubscriptionTransfer transfer = toDecide(actor, transferId);
        transfer.reject(actor.actorName(), reason, now());
        audit(actor, AuditAction.TRANSFER_REJECTED, transfer,
                Summary.of("rejectedBy", actor.getPartner().getName(), reason.trim()));
        notifications.toAdmins(transfer.getToPartner(), NotificationKind.TRANSFER_REJECTED,
                notice(transfer, actor.getPartner()).and("reason", reason.trim()), TRANSFERS_PAGE);
    }

    /** What a notification about the transfer says: the customer, the subscriptions and the other partner. */
    private static Summary notice(SubscriptionTransfer transfer, Partner other) {
        return Summary.of("transferNotice", transfer.getCustomer().getCompanyName(), describe(transfer), other.getName());
    }

    private SubscriptionTransfer toDecide(Caller actor, long transferId) {
        SubscriptionTransfer transfer = em.find(SubscriptionTransfer.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (transfer == null || !transfer.isDecidedBy(actor.getPartner().getId())) {
            throw BusinessException.of("transfer.notFound");
        }
        return transfer;
    }

    /** Subscriptions of the customer in a request still waiting for an answer. */
    private Set<Long> openlyRequested(long customerId) {
        LocalDateTime now = now();
        return em.createQuery("""
                        select t from SubscriptionTransfer t
                        where t.customer.id = :customer
                          and t.status = org.partnerhub.subscription.TransferStatus.PENDING""", SubscriptionTransfer.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .filter(t -> t.statusAt(now) == TransferStatus.PENDING)
                .flatMap(t -> t.getSubscriptions().stream().map(Subscription::getId))
                .collect(Collectors.toSet());
    }

    private static String describe(SubscriptionTransfer transfer) {
        return transfer.getSubscriptions().stream()
                .map(s -> s.getOffer().getName() + " (" + s.getLicenses() + ")")
                .sorted().collect(Collectors.joining(", "));
    }

    /** Both partners, and the provider a reseller asked through, keep the step in their own audit log. */
    private void audit(Caller actor, AuditAction action, SubscriptionTransfer transfer, Summary step) {
        Partner provider = transfer.getViaProvider();
        Summary line = Summary.of("transfer", transfer.getId(), describe(transfer), transfer.getFromPartner().getName(),
                transfer.getToPartner().getName());
        line = (provider == null ? line : line.and("through", provider.getName())).and(step);
        List<Partner> sides = provider == null ? List.of(transfer.getFromPartner(), transfer.getToPartner())
                : List.of(transfer.getFromPartner(), transfer.getToPartner(), provider);
        for (Partner side : sides) {
            auditTrail.record(actor.actorName(), side.getId(), action,
                    AuditTarget.customer(transfer.getCustomer().getId(), transfer.getCustomer().domain()), line);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
