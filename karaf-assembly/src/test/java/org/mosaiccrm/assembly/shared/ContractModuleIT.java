package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.assembly.ModuleCode;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.shared.contract.SignedAndPartlyPaid;
import org.mosaiccrm.assembly.shared.contract.StatusOf;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.ui.Navigation;

/**
 * The contract module installed at runtime beside the customer core alone: its page appears, its
 * shipped approval flow works through the platform's engine (the rep's team lead, then finance, the
 * role the module brings), a signed contract with its payment plan, first payment, invoice request and
 * signed scan survives an uninstall and a reinstall, and the customer
 * core keeps working without it.
 */
public class ContractModuleIT extends SharedKarafTestSupport {

    private static final String CONTRACTS = "org.mosaiccrm.contract.ContractService";

    /** The people of the scenario and the customer the rep works with. */
    public record People(Subject rep, Subject lead, Subject finance, long customerId) {
    }

    /** Whose contract to look up. */
    public record Lookup(Subject who, long contractId) {
    }

    @Test
    public void aContractIsApprovedSignedAndKeptAcrossAnUninstall() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        Navigation navigation = service(Navigation.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        TestUsers users = new TestUsers(bundleContext);
        Subject lead = users.user("htlead", null, "sales-manager");
        Team team = users.team("Contracts North");
        asAdmin(() -> users.administration().saveTeam(new Team(team.id(), team.name(), lead.userId())));
        Subject rep = users.user("htrep", team.id(), "sales-rep");

        // the UI's servlet starts with its first request; routes are known from then on
        assertEquals(200, get("/login").statusCode());
        asAdmin(() -> modules.apply("contract", ModuleChange.INSTALL));
        await("contracts up", 60, () -> hasService(CONTRACTS));
        await("contracts page", 30, () -> navigation.hasRoute("contract/contracts"));
        // the role the module brings exists from its first install on
        Subject finance = users.user("htfinance", null, "finance");
        Customer customer = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer("青岛海晟重工有限公司",
                CustomerType.COMPANY, "", "0532 8888 6666", "青岛")));
        People people = new People(rep, lead, finance, customer.id());
        long contractId = contractCode().run(SignedAndPartlyPaid.class, people);
        // the signed scan: kept with the contract, out of reach of another rep
        Attachments attachments = service(Attachments.class, 60);
        byte[] scan = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Attachment kept = CurrentSubject.callAs(rep, () -> attachments.add("contract", contractId, "合同扫描件.pdf",
                new ByteArrayInputStream(scan)));
        assertEquals("application/pdf", kept.mediaType());
        Subject other = users.user("htother", team.id(), "sales-rep");
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(other, () -> attachments.list("contract", contractId)));

        asAdmin(() -> modules.apply("contract", ModuleChange.UNINSTALL));
        await("contracts gone", 60, () -> !hasService(CONTRACTS) && !navigation.hasRoute("contract/contracts"));
        assertEquals("the customer core keeps working", "青岛海晟重工有限公司",
                CurrentSubject.callAs(rep, () -> customers.find(customer.id())).orElseThrow().name());
        asAdmin(() -> modules.apply("contract", ModuleChange.INSTALL));
        await("contracts back", 60, () -> hasService(CONTRACTS));
        assertEquals("the contract in execution is kept", "IN_EXECUTION", contractCode().run(StatusOf.class, new Lookup(rep, contractId)));
        assertEquals("another rep does not see it", "", contractCode().run(StatusOf.class, new Lookup(other, contractId)));
        assertEquals("the scan is kept too", List.of(kept), CurrentSubject.callAs(rep, () -> attachments.list("contract", contractId)));
        asAdmin(() -> modules.apply("contract", ModuleChange.UNINSTALL));
        await("contracts gone again", 60, () -> !hasService(CONTRACTS));
        assertFalse(hasService(CONTRACTS));
    }

    private ModuleCode contractCode() {
        return ModuleCode.of(bundleContext, "org.mosaiccrm.contract", "org.mosaiccrm.contract");
    }
}
