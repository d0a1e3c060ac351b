package org.mosaiccrm.contract.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.Signers;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.platform.security.UserDirectory.UserName;
import org.mosaiccrm.platform.ui.Attempt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * Who signs (签约人): one of the customer's contacts and one of our users, chosen from lists; either
 * may stay empty until known. A refusal shows beside its field.
 */
class SignersDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int CONTACTS = 200;

    SignersDialog(ContractUi ui, Contract contract, Signers current, Consumer<Contract> onSaved) {
        setId("signers-dialog");
        setHeaderTitle(getTranslation("contract.signers"));
        ComboBox<Contact> customerSigner = new ComboBox<>(getTranslation("contract.field.customerSigner"));
        customerSigner.setId("signers-customer");
        customerSigner.setItemLabelGenerator(contact -> contact.name() + (contact.title().isEmpty() ? "" : " · " + contact.title()));
        List<Contact> contacts = ui.contacts.ofCustomer(contract.customerId(), 0, CONTACTS);
        customerSigner.setItems(contacts);
        contacts.stream().filter(contact -> Long.valueOf(contact.id()).equals(current.customerContactId())).findFirst()
                .ifPresent(customerSigner::setValue);
        customerSigner.setClearButtonVisible(true);
        ComboBox<UserName> ourSigner = new ComboBox<>(getTranslation("contract.field.ourSigner"));
        ourSigner.setId("signers-ours");
        ourSigner.setItemLabelGenerator(UserName::displayName);
        List<UserName> users = ui.users.enabledUsers();
        ourSigner.setItems(users);
        users.stream().filter(user -> Long.valueOf(user.id()).equals(current.ourSignerId())).findFirst().ifPresent(ourSigner::setValue);
        ourSigner.setClearButtonVisible(true);
        add(new FormLayout(customerSigner, ourSigner));
        Button save = new Button(getTranslation("contract.save"), event -> {
            Signers chosen = new Signers(customerSigner.getValue() == null ? null : customerSigner.getValue().id(),
                    ourSigner.getValue() == null ? null : ourSigner.getValue().id());
            Contract saved = Attempt.of(() -> ui.signers.setSigners(contract.id(), chosen, contract.version()),
                    "contract.error.changedMeanwhile", "contract.error.notFound",
                    Map.of("customerContactId", customerSigner, "ourSignerId", ourSigner));
            if (saved != null) {
                close();
                onSaved.accept(saved);
            }
        });
        save.setId("signers-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("contract.cancel"), event -> close()), save);
    }
}
