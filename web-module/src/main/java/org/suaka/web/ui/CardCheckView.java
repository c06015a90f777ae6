package org.suaka.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.CardCheck;
import org.suaka.registry.api.CardService;

/**
 * The card check page: the number printed on a special refugee ID card, typed or taken from the URL
 * ({@code ?number=}), and whether the card is valid, expired or revoked.
 */
@Named("cardCheck")
@RequestScoped
public class CardCheckView {

    @Inject
    CardService cards;

    private String number;
    private CardCheck result;
    private boolean checked;

    /** Checks the number from the URL, when there is one. */
    public void load() {
        if (number != null && !number.isBlank()) {
            check();
        }
    }

    /** @return null: the page shows the result */
    public String check() {
        checked = number != null && !number.isBlank() && number.length() <= 40;
        result = checked ? cards.check(number).orElse(null) : null;
        if (!checked) {
            Messages.error("cardCheck:number", Messages.text("card.numberNeeded"));
        }
        return null;
    }

    /** @return the number typed */
    public String getNumber() {
        return number;
    }

    /** @param number the number typed */
    public void setNumber(String number) {
        this.number = number;
    }

    /** @return the card's state and dates, or null when none has the number or nothing was checked */
    public CardCheck getResult() {
        return result;
    }

    /** @return whether a number was checked */
    public boolean isChecked() {
        return checked;
    }
}
