package org.mosaiccrm.contract.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * A contract's tags (标签) in {@code CON_CONTRACT_TAG}: as given, and in lower case ({@code TAG_KEY})
 * for finding them and keeping one of each in any case.
 */
final class ContractTags {

    static final String RECORD_TYPE = "ContractTags";

    private ContractTags() {
    }

    /** The tags as typed, checked: trimmed, inner spaces made one, one of each in any case (the first spelling kept). */
    static List<String> of(List<String> typed) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            String tag = ContractInput.line("tags", value == null ? "" : value.strip().replaceAll("\\s+", " "), ContractService.MAX_TAG);
            if (tag.isEmpty()) {
                continue;
            }
            tags.putIfAbsent(key(tag), tag);
        }
        if (tags.size() > ContractService.MAX_TAGS) {
            throw new InputRefusedException("tags", "contract.error.tooManyTags", ContractService.MAX_TAGS);
        }
        return new ArrayList<>(tags.values());
    }

    static String key(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> read(EntityManager em, long contractId) {
        @SuppressWarnings("unchecked")
        List<String> tags = em.createNativeQuery("SELECT TAG FROM CON_CONTRACT_TAG WHERE CONTRACT_ID = ? ORDER BY POSITION")
                .setParameter(1, contractId).getResultList();
        return tags;
    }

    static void replace(EntityManager em, long contractId, List<String> tags) {
        em.createNativeQuery("DELETE FROM CON_CONTRACT_TAG WHERE CONTRACT_ID = ?").setParameter(1, contractId).executeUpdate();
        for (int i = 0; i < tags.size(); i++) {
            em.createNativeQuery("INSERT INTO CON_CONTRACT_TAG (CONTRACT_ID, TAG_KEY, TAG, POSITION) VALUES (?, ?, ?, ?)")
                    .setParameter(1, contractId).setParameter(2, key(tags.get(i))).setParameter(3, tags.get(i)).setParameter(4, i)
                    .executeUpdate();
        }
    }

    /** The tags of {@code from} given to {@code to} (a renewal). */
    static void copy(EntityManager em, long from, long to) {
        replace(em, to, read(em, from));
    }
}
