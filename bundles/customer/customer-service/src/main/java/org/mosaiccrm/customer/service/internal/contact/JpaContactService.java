package org.mosaiccrm.customer.service.internal.contact;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.customer.service.internal.CustomerEntity;
import org.mosaiccrm.customer.service.internal.CustomerScope;
import org.mosaiccrm.customer.service.internal.SearchKeys;
import org.mosaiccrm.customer.service.internal.SearchText;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contacts in {@code CUS_CONTACT}; scope, permission and audit follow the contact's customer. */
@Component(service = ContactService.class)
public class JpaContactService implements ContactService {

    private static final String RECORD_TYPE = "Contact";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog auditLog;
    private final RecordChanges<ContactEntity> contactChanges;

    @Activate
    public JpaContactService(@Reference CustomerDatabase database, @Reference AccessPolicy policy,
            @Reference AuditLog auditLog) {
        this(database.database(), policy, auditLog);
    }

    /** For tests outside this package; a factory rather than a public constructor, which SCR would try. */
    public static JpaContactService using(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        return new JpaContactService(database, policy, auditLog);
    }

    private JpaContactService(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        this.database = database;
        this.policy = policy;
        this.auditLog = auditLog;
        // a contact's owner is its customer's, kept in step (ContactOwners): the scope of the customer
        this.contactChanges = RecordChanges.of(database, policy, auditLog, CustomerDatabase.MODULE_ID, RECORD_TYPE,
                ContactEntity.class, ContactEntity::ownerId, ContactEntity::version, ContactEntity::auditFields)
                .withMessages("customer.error.contact.notFound", "customer.error.changedMeanwhile");
    }

    @Override
    public Contact create(NewContact contact) {
        policy.require(CustomerService.PERMISSION_EDIT);
        ContactInput input = ContactInput.of(contact);
        ContactEntity created = database.inTransaction(em -> {
            long owner = CustomerScope.require(em, policy, CustomerService.PERMISSION_EDIT, input.customerId()).ownerId();
            ContactEntity entity = new ContactEntity(input, owner, StoredTime.now());
            em.persist(entity);
            em.flush();
            return entity;
        });
        auditLog.record(AuditEvent.created(CustomerDatabase.MODULE_ID, RECORD_TYPE, created.id(), created.auditFields()));
        return created.toContact();
    }

    @Override
    public Contact update(long id, NewContact changes, long version) {
        policy.require(CustomerService.PERMISSION_EDIT);
        ContactInput input = ContactInput.of(changes);
        return contactChanges.change(id, version, CustomerService.PERMISSION_EDIT, (em, entity) -> {
            // moving a contact to another customer needs edit rights there too
            long owner = CustomerScope.require(em, policy, CustomerService.PERMISSION_EDIT, input.customerId()).ownerId();
            entity.apply(input, owner);
        }, ContactEntity::toContact);
    }

    @Override
    public void delete(long id) {
        policy.require(CustomerService.PERMISSION_EDIT);
        Map<String, Object> before = database.inTransaction(em -> {
            ContactEntity entity = existing(em, id, CustomerService.PERMISSION_EDIT);
            Map<String, Object> fields = entity.auditFields();
            em.remove(entity);
            return fields;
        });
        auditLog.record(AuditEvent.deleted(CustomerDatabase.MODULE_ID, RECORD_TYPE, id, before));
    }

    @Override
    public Optional<Contact> find(long id) {
        policy.require(CustomerService.PERMISSION_READ);
        return database.read(em -> {
            Optional<ContactEntity> contact = Optional.ofNullable(em.find(ContactEntity.class, id));
            Optional<CustomerEntity> customer = contact.map(entity -> em.find(CustomerEntity.class, entity.customerId()));
            return policy.readable(CustomerService.PERMISSION_READ, customer, CustomerEntity::ownerId)
                    .flatMap(readable -> contact.map(ContactEntity::toContact));
        });
    }

    @Override
    public List<Contact> ofCustomer(long customerId, int offset, int limit) {
        policy.require(CustomerService.PERMISSION_READ);
        int max = Math.min(Math.max(limit, 0), MAX_CONTACTS_PAGE);
        return database.read(em -> {
            CustomerScope.requireExisting(em, policy, CustomerService.PERMISSION_READ, customerId);
            return em.createQuery("select c from ContactEntity c where c.customerId = :customer order by c.nameKey, c.id",
                    ContactEntity.class).setParameter("customer", customerId).setFirstResult(Math.max(0, offset))
                    .setMaxResults(max).getResultList().stream().map(ContactEntity::toContact).toList();
        });
    }

    @Override
    public List<Contact> search(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(CustomerService.PERMISSION_READ);
        String text = prefix == null ? "" : prefix.strip();
        int max = Math.min(Math.max(limit, 0), CustomerService.MAX_PAGE);
        if (text.isEmpty() || max == 0) {
            return List.of();
        }
        Map<Long, ContactEntity> hits = new LinkedHashMap<>();
        // only the queries the text can match (a person's name does not start with digits)
        database.read(em -> {
            if (SearchText.isEmail(text)) {
                hits(em, "c.emailKey", SearchKeys.email(text), owners, max).forEach(c -> hits.putIfAbsent(c.id(), c));
            } else if (SearchText.isPhone(text)) {
                String digits = SearchKeys.phone(text);
                hits(em, "c.mobileKey", digits, owners, max).forEach(c -> hits.putIfAbsent(c.id(), c));
                hits(em, "c.phoneKey", digits, owners, max).forEach(c -> hits.putIfAbsent(c.id(), c));
            } else {
                hits(em, "c.nameKey", SearchKeys.name(text), owners, max).forEach(c -> hits.putIfAbsent(c.id(), c));
                if (SearchText.mayBeginEmail(text)) {
                    hits(em, "c.emailKey", SearchKeys.email(text), owners, max).forEach(c -> hits.putIfAbsent(c.id(), c));
                }
            }
            return null;
        });
        return hits.values().stream().sorted(Comparator.comparing(ContactEntity::nameKey).thenComparing(ContactEntity::id))
                .limit(max).map(ContactEntity::toContact).toList();
    }

    /**
     * One indexed prefix query; the record scope is the contact's copy of its customer's owner, so a
     * rep's search is one range of an (owner, key, id) index.
     */
    private static List<ContactEntity> hits(EntityManager em, String column, String key, OwnerFilter owners, int max) {
        TypedQuery<ContactEntity> query = em.createQuery("select c from ContactEntity c where " + column
                + " like :key escape '\\'" + OwnerClause.jpql(owners, "c.ownerId") + " order by " + column + ", c.id",
                ContactEntity.class)
                .setParameter("key", LikePrefix.of(key)).setMaxResults(max);
        return OwnerClause.bind(owners, query).getResultList();
    }

    private ContactEntity existing(EntityManager em, long id, String permission) {
        ContactEntity entity = em.find(ContactEntity.class, id);
        if (entity == null) {
            throw new NoSuchElementException("customer.error.contact.notFound");
        }
        CustomerScope.requireExisting(em, policy, permission, entity.customerId());
        return entity;
    }
}
